/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
  // The e2e suite runs a browser: it has its own script (npm run test:e2e).
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  testTimeout: 30000,
};
