// Webpack build of the task pane, the ribbon commands page and the browser preview.
// - Production (`npm run build`): minified bundles in dist/ (office.js is loaded from Microsoft's CDN, never copied),
//   the preview (preview.html, its own entry, no office.js), dist/manifest.xml with https://localhost:3000/ rewritten to ADDIN_PUBLIC_URL when given, and a
//   size report that fails the build when the pane's initial JavaScript exceeds the gzip budget.
// - Development (`npm run dev-server`): https on port 3000 with office-addin-dev-certs when available.
const path = require("path");
const fs = require("fs");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
/** Initial JavaScript budget of the task pane, gzipped (issue 5 §4). */
const INITIAL_JS_BUDGET = 200 * 1024;

/**
 * office.js comes from Microsoft's CDN on every page that runs inside Office: Microsoft supports local copies only for
 * development, and Excel on the web checks its host against a list frozen in the copy. Pages without Office load none.
 */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Copies manifest.xml into dist/, pointing its URLs at the public server when ADDIN_PUBLIC_URL is set. */
function manifestPattern(production) {
  const manifest = path.resolve(__dirname, "manifest.xml");
  if (!fs.existsSync(manifest)) return [];
  const target = process.env.ADDIN_PUBLIC_URL;
  return [
    {
      from: manifest,
      to: "manifest.xml",
      transform(content) {
        if (!production || !target) return content;
        const base = target.endsWith("/") ? target : `${target}/`;
        return Buffer.from(content.toString("utf8").split(DEV_URL).join(base), "utf8");
      },
    },
  ];
}

/** Prints every emitted asset with its size and gzip size, and fails over the initial-JS budget. */
class AssetSizeReportPlugin {
  constructor(options) {
    this.entry = options.entry;
    this.budget = options.budget;
  }
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AssetSizeReportPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AssetSizeReportPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => this.report(compiler, compilation),
      );
    });
  }
  report(compiler, compilation) {
    const rows = [];
    for (const name of Object.keys(compilation.assets).sort()) {
      // From the compilation, not the disk: the dev server keeps assets in memory.
      const buffer = Buffer.from(compilation.getAsset(name).source.buffer());
      rows.push({
        name,
        raw: buffer.length,
        gzip: /\.(js|css|html|svg|json|xml|mjs)$/.test(name) ? zlib.gzipSync(buffer, { level: 9 }).length : null,
      });
    }
    const entrypoint = compilation.entrypoints.get(this.entry);
    const initial = entrypoint ? entrypoint.getFiles().filter((f) => f.endsWith(".js")) : [];
    const initialGzip = rows.filter((r) => initial.includes(r.name)).reduce((sum, r) => sum + (r.gzip || 0), 0);
    const kb = (n) => (n === null ? "" : `${(n / 1024).toFixed(1)} KB`);
    const lines = [
      "",
      "Asset sizes (gzip = level 9):",
      ...rows.map(
        (r) =>
          `  ${r.name.padEnd(48)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)}${initial.includes(r.name) ? "  (initial)" : ""}`,
      ),
    ];
    lines.push(
      `Initial JS of "${this.entry}" (${initial.join(", ")}): ${kb(initialGzip)} gzip; budget ${kb(this.budget)}.`,
      "",
    );
    console.log(lines.join("\n"));
    if (compiler.options.mode === "production" && initialGzip > this.budget) {
      compilation.errors.push(
        new compiler.webpack.WebpackError(
          `Initial JavaScript of the task pane is ${kb(initialGzip)} gzipped, over the ${kb(this.budget)} budget: load heavy code with import().`,
        ),
      );
    }
  }
}

/**
 * https options for the dev server (`npm start`): office-addin-dev-certs installs a trusted localhost certificate on
 * Windows and macOS (the Office template's behaviour). On Linux its installer needs sudo, so only certificates already
 * in ~/.office-addin-dev-certs are used; without them the dev server falls back to http and says so.
 */
async function httpsOptions() {
  try {
    if (process.platform !== "linux") {
      const devCerts = require("office-addin-dev-certs");
      const options = await devCerts.getHttpsServerOptions();
      return { ca: options.ca, key: options.key, cert: options.cert };
    }
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(dir, name));
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  } catch (error) {
    console.warn(
      `Dev server without https (${error instanceof Error ? error.message.split("\n")[0] : error}); Office needs https: run "npx office-addin-dev-certs install".`,
    );
    return undefined;
  }
}

module.exports = async (_env, argv) => {
  const production = argv.mode === "production";
  const commandsEntry = path.resolve(__dirname, "src/commands/commands.ts");
  const commandsHtml = path.resolve(__dirname, "src/commands/commands.html");
  const hasCommands = fs.existsSync(commandsEntry);
  const https = process.argv.includes("serve") ? await httpsOptions() : undefined;

  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: path.resolve(__dirname, "src/taskpane/index.ts"),
      preview: path.resolve(__dirname, "src/preview/index.ts"),
      ...(hasCommands ? { commands: commandsEntry } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
      // Relative to the page (every page sits at the root of dist/): no runtime probing of the global object.
      publicPath: "",
    },
    resolve: {
      extensions: [".ts", ".js"],
      modules: [path.resolve(__dirname, "node_modules"), "node_modules"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true } },
        },
      ],
    },
    target: "web",
    // No `global` shim: webpack's shim probes with new Function("return this"), which a CSP without
    // 'unsafe-eval' forbids (and scanners flag).
    node: { global: false },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: path.resolve(__dirname, "src/taskpane/taskpane.html"),
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters: { officeJs: OFFICE_JS_CDN },
      }),
      new HtmlWebpackPlugin({
        // The preview: the same pane without office.js, beside an HTML view of the in-memory workbook.
        filename: "preview.html",
        template: path.resolve(__dirname, "src/taskpane/taskpane.html"),
        chunks: ["preview"],
        scriptLoading: "defer",
        templateParameters: { officeJs: null },
      }),
      ...(hasCommands
        ? [
            new HtmlWebpackPlugin({
              filename: "commands.html",
              template: fs.existsSync(commandsHtml)
                ? commandsHtml
                : path.resolve(__dirname, "src/taskpane/commands.fallback.html"),
              chunks: ["commands"],
              scriptLoading: "defer",
              templateParameters: { officeJs: OFFICE_JS_CDN },
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.resolve(__dirname, "src/taskpane/taskpane.css"), to: "taskpane.css" },
          // ES5 only, loaded as a plain file before the bundle: the IE11/EdgeHTML "please update" message.
          { from: path.resolve(__dirname, "src/taskpane/legacyCheck.js"), to: "legacyCheck.js" },
          // ES5 only, before the commands bundle: the ribbon's three functions on IE11/EdgeHTML show the update message.
          { from: path.resolve(__dirname, "src/commands/legacyRibbon.js"), to: "legacyRibbon.js" },
          ...(fs.existsSync(path.resolve(__dirname, "assets"))
            ? [{ from: path.resolve(__dirname, "assets"), to: "assets", globOptions: { ignore: ["**/samples*/**"] } }]
            : []),
          ...manifestPattern(production),
        ],
      }),
      new AssetSizeReportPlugin({ entry: "taskpane", budget: INITIAL_JS_BUDGET }),
    ],
    devServer: {
      port: Number(process.env.PORT) || 3000,
      server: https ? { type: "https", options: https } : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: false,
      client: false,
      devMiddleware: { writeToDisk: false },
    },
  };
};
