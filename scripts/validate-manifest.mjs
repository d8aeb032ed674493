#!/usr/bin/env node
// Offline validation of the add-in manifest: no network (unlike `office-addin-manifest validate`).
//   node scripts/validate-manifest.mjs [manifest.xml] [--schemas DIR]
// 1. XSD validation with xmllint-wasm (libxml2 compiled to WebAssembly, no apt package needed) against Microsoft's
//    schemas kept in ../shared/office-manifest-schemas (root OfficeAppManifestV1_1.xsd, the others preloaded).
// 2. Checks the schemas cannot express: every resid points at a resource that exists, resource ids are unique,
//    and every https://localhost:3000/assets/... icon URL has its file in assets/.
// Prints "OK …" and exits 0, or prints each error with its line number and exits 1 (2 on a usage/setup error).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROOT_XSD = "OfficeAppManifestV1_1.xsd";
const DEV_ORIGIN = "https://localhost:3000/";

function parseArgs(argv) {
  const args = {
    manifest: path.join(repoRoot, "manifest.xml"),
    schemas: path.resolve(repoRoot, "..", "shared", "office-manifest-schemas"),
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--schemas") args.schemas = path.resolve(argv[++i] ?? "");
    else if (argv[i] === "--help" || argv[i] === "-h") args.help = true;
    else args.manifest = path.resolve(argv[i]);
  }
  return args;
}

/** 1-based line number of a character offset. */
function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Schema validation; returns [{ line, message }]. */
async function validateAgainstSchemas(fileName, xml, schemaDir) {
  const xsdFiles = readdirSync(schemaDir).filter((f) => f.endsWith(".xsd"));
  if (!xsdFiles.includes(ROOT_XSD)) throw new Error(`${ROOT_XSD} not found in ${schemaDir}`);
  const load = (f) => ({ fileName: f, contents: readFileSync(path.join(schemaDir, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [load(ROOT_XSD)],
    preload: xsdFiles.filter((f) => f !== ROOT_XSD).map(load),
  });
  if (result.valid) return [];
  return result.errors.map((e) => ({
    line: e.loc?.lineNumber ?? null,
    message: (e.message ?? e.rawMessage ?? String(e)).trim(),
  }));
}

/** Cross-reference checks the XSD cannot make; returns [{ line, message }]. */
function checkReferences(xml, manifestDir) {
  const errors = [];
  const defined = new Map();
  for (const m of xml.matchAll(/<bt:(Image|Url|String)\s+id="([^"]*)"/g)) {
    const line = lineOf(xml, m.index);
    if (defined.has(m[2]))
      errors.push({ line, message: `resource id "${m[2]}" is defined twice (first on line ${defined.get(m[2])})` });
    else defined.set(m[2], line);
  }
  for (const m of xml.matchAll(/\bresid="([^"]*)"/g)) {
    if (!defined.has(m[1]))
      errors.push({ line: lineOf(xml, m.index), message: `resid "${m[1]}" has no matching resource in <Resources>` });
  }
  // Files served from the dev server's /assets/ must exist in the repo's assets/ folder.
  for (const m of xml.matchAll(/"(https:\/\/localhost:3000\/assets\/[^"?#]+)"/g)) {
    const rel = m[1].slice(DEV_ORIGIN.length);
    if (!existsSync(path.join(manifestDir, rel)) && !existsSync(path.join(repoRoot, rel))) {
      errors.push({ line: lineOf(xml, m.index), message: `${m[1]} has no file ${rel}` });
    }
  }
  return errors;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log("usage: node scripts/validate-manifest.mjs [manifest.xml] [--schemas DIR]");
    return 0;
  }
  if (!existsSync(args.manifest)) {
    console.error(`validate-manifest: no such file: ${args.manifest}`);
    return 2;
  }
  if (!existsSync(args.schemas)) {
    console.error(
      `validate-manifest: schema folder not found: ${args.schemas} (expected ../shared/office-manifest-schemas next to the repo)`,
    );
    return 2;
  }
  const xml = readFileSync(args.manifest, "utf8");
  const name = path.basename(args.manifest);
  const errors = [
    ...(await validateAgainstSchemas(name, xml, args.schemas)),
    ...checkReferences(xml, path.dirname(args.manifest)),
  ];
  const shown = path.relative(process.cwd(), args.manifest) || name;
  if (errors.length === 0) {
    console.log(`OK ${shown} is valid against ${ROOT_XSD} (offline) and all resource references resolve.`);
    return 0;
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (const e of errors) console.error(`${shown}:${e.line ?? "?"}: ${e.message}`);
  console.error(`INVALID ${shown}: ${errors.length} error(s).`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`validate-manifest: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
