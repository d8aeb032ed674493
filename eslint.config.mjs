// ESLint flat config. The layer rules here are the architecture: dependencies point inward only.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const NODE_BUILTINS = ["node:*", "fs", "fs/*", "path", "os", "child_process", "worker_threads", "url", "util", "stream", "crypto", "zlib", "buffer", "events"];

/** Import patterns a layer may not use, with the reason shown to the developer. */
function forbid(layers, message) {
  return layers.map((layer) => ({ group: [`**/${layer}`, `**/${layer}/**`], message }));
}

const coreRestrictions = {
  patterns: [
    ...forbid(["io", "excel", "taskpane", "commands", "cli", "preview"], "src/core is pure: it imports nothing outside src/core. Put adapter code in its own layer."),
    { group: NODE_BUILTINS, message: "src/core runs in the browser and in Node: no Node APIs. Put file/OS code in src/io or src/cli." },
    { group: ["@e965/xlsx", "exceljs", "chart.js", "chart.js/*", "@microsoft/*", "office-*", "@fluentui/*"], message: "src/core has no I/O or UI dependencies; adapters live in src/io, src/excel, src/taskpane." },
  ],
};

const coreGlobals = ["window", "document", "navigator", "Office", "Excel", "OfficeExtension", "process", "Buffer", "require", "__dirname", "__filename", "global", "globalThis", "self", "fetch", "localStorage", "setTimeout", "setInterval", "console"].map((name) => ({
  name,
  message: "src/core is pure TypeScript with no DOM, Office or Node APIs: return data instead.",
}));

export default tseslint.config(
  { ignores: ["node_modules/", "lib/", "dist/", "out/", "coverage/", "test-artifacts/", ".bench/", "assets/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", Buffer: "readonly", __dirname: "readonly", require: "readonly", module: "writable", setTimeout: "readonly", clearTimeout: "readonly", URL: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", performance: "readonly", structuredClone: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": ["error", { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]", message: "No focused or skipped tests." }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", coreRestrictions],
      "no-restricted-globals": ["error", ...coreGlobals],
    },
  },
  {
    files: ["src/io/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: forbid(["excel", "taskpane", "commands", "cli", "preview"], "src/io depends only on src/core.") }] },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: forbid(["taskpane", "commands", "cli", "preview"], "src/excel depends only on src/core and src/io.") }] },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: forbid(["excel", "taskpane", "commands", "preview"], "The CLI uses src/core and src/io only.") }] },
  },
  {
    // Office.js rules (eslint-plugin-office-addins) wherever Office.js is touched; zero findings allowed.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
