// ESLint flat config. The layer rules here are the architecture: dependencies point inward only.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import importX, { createNodeResolver } from "eslint-plugin-import-x";

const NODE_BUILTINS = [
  "node:*",
  "fs",
  "fs/*",
  "path",
  "os",
  "child_process",
  "worker_threads",
  "url",
  "util",
  "stream",
  "crypto",
  "zlib",
  "buffer",
  "events",
];

/** Import patterns a layer may not use, with the reason shown to the developer. */
function forbid(layers, message) {
  return layers.map((layer) => ({ group: [`**/${layer}`, `**/${layer}/**`], message }));
}

/**
 * The layers of src/ and what each may import. Dependencies point inward: core imports nothing outside core;
 * the adapters (io, excel) build on core; the entry points (cli, taskpane, commands, preview) on the adapters.
 */
const LAYERS = {
  core: [],
  io: ["core"],
  excel: ["core", "io"],
  cli: ["core", "io"],
  taskpane: ["core", "io", "excel"],
  commands: ["core", "io", "excel"],
  preview: ["core", "io", "taskpane"],
};

/**
 * The folders of src/core, lowest first: a folder imports only folders before it (and the root files types.ts and
 * options.ts, which import nothing but types), so the core has no cycle between folders by construction.
 */
const CORE_FOLDERS = [
  "_lib",
  "encoding",
  "text",
  "issues",
  "catalogue",
  "units",
  "parse",
  "validate",
  "consolidate",
  "sheet",
  "store",
  "report",
];

/** The no-restricted-imports patterns of one layer: every other layer it may not use. */
function layerPatterns(layer) {
  const others = Object.keys(LAYERS).filter((other) => other !== layer && !LAYERS[layer].includes(other));
  const allowed = LAYERS[layer].length
    ? `src/${layer} may import ${LAYERS[layer].map((l) => `src/${l}`).join(", ")} only.`
    : "src/core is pure: it imports nothing outside src/core.";
  return forbid(others, allowed);
}

/** Outside the core, the core is one module: its index (src/core/index.ts), never a file inside it. */
const noDeepCoreImport = {
  group: ["**/core/*", "!**/core/index"],
  message:
    'Import the core through its index ("../core"): its files are internal and may move. If something is missing, export it from src/core/index.ts.',
};

/** Inside the core, a folder may not import the folders ranked above it in CORE_FOLDERS. */
function coreFolderPatterns(folder) {
  const above = CORE_FOLDERS.slice(CORE_FOLDERS.indexOf(folder) + 1);
  if (above.length === 0) return [];
  return [
    {
      group: above.flatMap((f) => [`../${f}`, `../${f}/**`, `../../${f}`, `../../${f}/**`]),
      message: `src/core/${folder} sits below ${above.map((f) => `src/core/${f}`).join(", ")} (CORE_FOLDERS in eslint.config.mjs): move the shared piece down instead of importing up.`,
    },
  ];
}

const coreRestrictions = {
  patterns: [
    ...layerPatterns("core"),
    {
      group: NODE_BUILTINS,
      message: "src/core runs in the browser and in Node: no Node APIs. Put file/OS code in src/io or src/cli.",
    },
    {
      group: ["@e965/xlsx", "exceljs", "chart.js", "chart.js/*", "@microsoft/*", "office-*", "@fluentui/*"],
      message: "src/core has no I/O or UI dependencies; adapters live in src/io, src/excel, src/taskpane.",
    },
  ],
};

const coreGlobals = [
  "window",
  "document",
  "navigator",
  "Office",
  "Excel",
  "OfficeExtension",
  "process",
  "Buffer",
  "require",
  "__dirname",
  "__filename",
  "global",
  "globalThis",
  "self",
  "fetch",
  "localStorage",
  "setTimeout",
  "setInterval",
  "console",
].map((name) => ({
  name,
  message: "src/core is pure TypeScript with no DOM, Office or Node APIs: return data instead.",
}));

export default tseslint.config(
  { ignores: ["node_modules/", "lib/", "dist/", "out/", "coverage/", "test-artifacts/", ".bench/", "assets/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        Buffer: "readonly",
        __dirname: "readonly",
        require: "readonly",
        module: "writable",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        URL: "readonly",
        TextDecoder: "readonly",
        TextEncoder: "readonly",
        performance: "readonly",
        structuredClone: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]",
          message: "No focused or skipped tests.",
        },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", coreRestrictions],
      "no-restricted-globals": ["error", ...coreGlobals],
    },
  },
  ...CORE_FOLDERS.map((folder) => ({
    files: [`src/core/${folder}/**/*.ts`],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...coreRestrictions.patterns, ...coreFolderPatterns(folder)] }],
    },
  })),
  ...Object.keys(LAYERS)
    .filter((layer) => layer !== "core")
    .map((layer) => ({
      files: [`src/${layer}/**/*.ts`],
      rules: { "no-restricted-imports": ["error", { patterns: [...layerPatterns(layer), noDeepCoreImport] }] },
    })),
  {
    // Composite keys ("unit|year", "field|level|type") come from the named helpers, so every layer builds them alike.
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "TemplateLiteral > TemplateElement[value.raw=/^\\|/]",
          message:
            "Build composite keys with compositeKey(), unitYearKey(), combinationKey() or levelTypeKey() (src/core).",
        },
      ],
    },
  },
  {
    // No import cycle anywhere in src (type-only imports excepted: they vanish at run time).
    files: ["src/**/*.ts"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js", ".mjs"] })] },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
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
