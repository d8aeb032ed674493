#!/usr/bin/env node
// npm run check:apisets — which Excel JavaScript API members does src/ use, which ExcelApi requirement set does each
// need, and is every member above the manifest's declared minimum feature-detected?
//
//   node scripts/check-apisets.mjs [--project tsconfig.json] [--src DIR|FILE] [--manifest manifest.xml] [--json FILE|-]
//
// How it works
// 1. Requirement sets come from the `[Api set: ExcelApi 1.x]` annotations of node_modules/@types/office-js/index.d.ts:
//    every class, interface, enum and function of the `Excel` namespace and each of their members ("Range.values").
//    A member without its own annotation takes its type's. "1.1 for get, 1.8 for set" gives the higher version when
//    the member is assigned to; "1.2 for options; 1.7 for password" gives 1.7 when the call passes `password`.
// 2. The sources are type-checked with the TypeScript compiler (ts.createProgram over the tsconfig): each property
//    access under --src is resolved by the type checker to its declaring Excel class, so `r.values` on an
//    `Excel.Range` is `Range.values` whatever the variable is called. Only when the receiver is `any` (the checker
//    cannot resolve it; not the error type of an unresolved import) does the script fall back to the member's name,
//    and only when every Excel declaration of that name is annotated, taking the lowest set among them (so the
//    fallback never raises a false alarm on a name like `add` or `workbook`).
// 3. The minimum is read from manifest.xml: <Set Name="ExcelApi" MinVersion="…"/>.
// 4. A member needing more than the minimum must be guarded. A use is guarded at version V when it is
//    - inside the then-branch of `if (C)`, the true branch of `C ? … : …`, or the right side of `C && …`, where C
//      establishes V (below); or inside the else-branch of `if (!C)`;
//    - after `if (!C) return;` (or `throw`, or a block ending in one) in the same or an enclosing block;
//    - inside a function whose JSDoc says `@requires ExcelApi V`; every reference to such a function is then itself
//      a use that needs ExcelApi V and is checked by these same rules (so its callers must be guarded).
//    C establishes V when it is (possibly inside `&&`, parentheses, or `!` of a `||`):
//    - a call `….isSetSupported("ExcelApi", "V")` with string literals (numbers are ambiguous: 1.1 == 1.10);
//    - a call to a wrapper function that passes its parameter(s) straight into isSetSupported, e.g.
//      `const has = (v: string) => Office.context.requirements.isSetSupported("ExcelApi", v); … has("1.6")`;
//    - a const variable or object property initialised with one of those (`const caps = { cf: has("1.6") }; caps.cf`);
//    - a boolean variable/property whose JSDoc says `@isSetSupported ExcelApi V` (for capability objects built
//      elsewhere, e.g. an interface `Capabilities { /** @isSetSupported ExcelApi 1.6 *\/ conditionalFormats: boolean }`);
//    - a property of such an interface that the scanned sources only ever set from isSetSupported(…, V) checks or
//      boolean literals (`detectCaps = () => ({ v1_6: has("1.6") })`, `ALL_CAPS = { v1_6: true }` for tests).
//    Guard versions are compared numerically per component: 1.10 > 1.9.
// Limits (kept simple on purpose): only `a.b` property accesses are seen, not `a["b"]` or destructuring; a guard is
// trusted lexically (a callback created inside a guarded block counts as guarded); requirement sets other than
// ExcelApi (ExcelApiDesktop, ExcelApiOnline, preview) always fail unless guarded by isSetSupported of that set.
// Prints a table of every member used and the unguarded uses; exits 1 when there is any, 2 on a setup error.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(repoRoot, "package.json"));
const ts = require("typescript");

// ---------- arguments ----------
function parseArgs(argv) {
  const args = {
    project: path.join(repoRoot, "tsconfig.json"),
    src: path.join(repoRoot, "src"),
    manifest: path.join(repoRoot, "manifest.xml"),
    json: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--project" || a === "-p") args.project = path.resolve(next());
    else if (a === "--src") args.src = path.resolve(next());
    else if (a === "--manifest") args.manifest = path.resolve(next());
    else if (a === "--json") args.json = next();
    else if (a === "--help" || a === "-h") args.help = true;
    else throw new UsageError(`unknown argument ${a}`);
  }
  return args;
}

class UsageError extends Error {}

// ---------- versions ----------
/** "1.10" → [1, 10]; compares numerically per component. */
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
const maxVersion = (a, b) => (a === null ? b : b === null ? a : compareVersions(a, b) >= 0 ? a : b);

/** Reads the declared ExcelApi minimum from the manifest. */
function readManifestMinVersion(file) {
  const xml = readFileSync(file, "utf8");
  const sets = xml.match(/<Sets\b[^>]*>([\s\S]*?)<\/Sets>/);
  if (!sets) return "1.1";
  const defaultMin = sets[0].match(/DefaultMinVersion="([\d.]+)"/)?.[1] ?? "1.1";
  const set = sets[1].match(/<Set\b[^>]*Name="ExcelApi"[^>]*>/);
  if (!set) throw new UsageError(`${file} declares no ExcelApi requirement set`);
  return set[0].match(/MinVersion="([\d.]+)"/)?.[1] ?? defaultMin;
}

// ---------- the [Api set] annotations of @types/office-js ----------
/**
 * Parses an annotation such as "[Api set: ExcelApi 1.1 for get, 1.8 for set]" or "[Api set: ExcelApi 1.2 for options;
 * 1.7 for password]" into { set, read, write, params }: `read` is the base version, `write` the version needed to
 * assign the member, `params` the versions needed when a given parameter is passed. Without a base clause the base is
 * the declaring type's version (`fallback`).
 */
function parseApiSet(text, fallback = null, paramNames = []) {
  const m = text.match(/\[Api set: ([A-Za-z]+) ([^\]]*)\]/);
  if (!m) return null;
  const set = m[1];
  let base = null;
  let write = null;
  const params = [];
  for (const clause of m[2].split(/[;,]/)) {
    const c = clause.trim().match(/^(?:[A-Za-z]+ )?(\d+\.\d+)(?:\s+for\s+(\w+))?/);
    if (!c) continue;
    const [, version, qualifier] = c;
    if (!qualifier || /^(get|getting|reading)$/.test(qualifier)) base ??= version;
    else if (/^(set|setting)$/.test(qualifier)) write ??= version;
    else if (paramNames.includes(qualifier))
      params.push({ name: qualifier, index: paramNames.indexOf(qualifier), version });
    else base ??= version;
  }
  if (base === null && fallback && fallback.set === set) base = fallback.read;
  if (base === null)
    base = [write, ...params.map((p) => p.version)].filter(Boolean).sort(compareVersions)[0] ?? "preview";
  if (base !== "preview" && write !== null && compareVersions(write, base) < 0) write = base;
  return { set, read: base, write: write ?? base, params, text: m[0] };
}

function leadingApiSet(node, sourceText, fallback = null) {
  const paramNames = node.parameters ? node.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : "")) : [];
  const ranges = ts.getLeadingCommentRanges(sourceText, node.pos) ?? [];
  for (let i = ranges.length - 1; i >= 0; i--) {
    const info = parseApiSet(sourceText.slice(ranges[i].pos, ranges[i].end), fallback, paramNames);
    if (info) return info;
  }
  return null;
}

/**
 * Walks the Excel namespace of index.d.ts. Returns a Map from declaration node to { name, ...apiSet } and
 * a Map from member name to the list of those infos (for the name fallback).
 */
function indexOfficeTypes(sourceFile) {
  const byNode = new Map();
  const byName = new Map();
  const text = sourceFile.text;
  const add = (node, name, info) => {
    const member = name.split(".").pop();
    if (!byName.has(member)) byName.set(member, []);
    const entry = info ? { name, ...info } : { name, set: null, read: null, write: null };
    byName.get(member).push(entry);
    if (info) byNode.set(node, entry);
  };
  const visitNamespace = (body, prefix) => {
    for (const stmt of body.statements) {
      if (ts.isModuleDeclaration(stmt) && stmt.body && ts.isModuleBlock(stmt.body)) {
        visitNamespace(stmt.body, prefix);
      } else if (ts.isClassDeclaration(stmt) || ts.isInterfaceDeclaration(stmt) || ts.isEnumDeclaration(stmt)) {
        const typeName = stmt.name.text;
        const typeInfo = leadingApiSet(stmt, text);
        add(stmt, typeName, typeInfo);
        for (const member of stmt.members) {
          if (!member.name || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
          add(member, `${typeName}.${member.name.text}`, leadingApiSet(member, text, typeInfo) ?? typeInfo);
        }
      } else if (ts.isFunctionDeclaration(stmt) && stmt.name) {
        add(stmt, `${prefix}.${stmt.name.text}`, leadingApiSet(stmt, text));
      }
    }
  };
  for (const stmt of sourceFile.statements) {
    if (ts.isModuleDeclaration(stmt) && stmt.name.text === "Excel" && stmt.body && ts.isModuleBlock(stmt.body))
      visitNamespace(stmt.body, "Excel");
  }
  return { byNode, byName };
}

// ---------- guards ----------
function jsDocTagValue(node, tagName) {
  for (const tag of ts.getJSDocTags(node)) {
    if (tag.tagName.text !== tagName) continue;
    const comment = ts.getTextOfJSDocComment(tag.comment) ?? "";
    const m = comment.match(/^\s*([A-Za-z]+)\s+(\d+\.\d+)/);
    if (m) return { set: m[1], version: m[2] };
  }
  return null;
}

function stringValue(node) {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;
}

function unwrap(node) {
  while (node && (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)))
    node = node.expression;
  return node;
}

function createGuardAnalyser(checker, files) {
  const wrapperCache = new Map();
  const assignments = collectPropertyAssignments(checker, files);

  function declarationOf(node) {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0] ?? null;
  }

  /** For a wrapper `(v) => ….isSetSupported("ExcelApi", v)`: how its parameters map onto (set, version). */
  function wrapperShape(decl) {
    if (wrapperCache.has(decl)) return wrapperCache.get(decl);
    wrapperCache.set(decl, null);
    let fn = decl;
    if (ts.isVariableDeclaration(decl) && decl.initializer) fn = unwrap(decl.initializer);
    if (
      !fn ||
      !(
        ts.isFunctionDeclaration(fn) ||
        ts.isArrowFunction(fn) ||
        ts.isFunctionExpression(fn) ||
        ts.isMethodDeclaration(fn)
      ) ||
      !fn.body
    )
      return null;
    const params = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : null));
    let shape = null;
    const visit = (n) => {
      if (shape) return;
      if (ts.isCallExpression(n) && isSetSupportedCallee(n.expression) && n.arguments.length >= 2) {
        const part = (arg) => {
          const s = stringValue(arg);
          if (s !== null) return { literal: s };
          const a = unwrap(arg);
          if (a && ts.isIdentifier(a) && params.includes(a.text)) return { param: params.indexOf(a.text) };
          return null;
        };
        const set = part(n.arguments[0]);
        const version = part(n.arguments[1]);
        if (set && version && (set.param !== undefined || version.param !== undefined)) shape = { set, version };
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(fn.body);
    wrapperCache.set(decl, shape);
    return shape;
  }

  function isSetSupportedCallee(callee) {
    const c = unwrap(callee);
    return (
      (ts.isPropertyAccessExpression(c) && c.name.text === "isSetSupported") ||
      (ts.isIdentifier(c) && c.text === "isSetSupported")
    );
  }

  /** Guard { set → version } established when `expr` is true. */
  function whenTrue(expr, seen = new Set()) {
    const e = unwrap(expr);
    if (!e) return {};
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken)
      return whenFalse(e.operand, seen);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
      return merge(whenTrue(e.left, seen), whenTrue(e.right, seen));
    if (ts.isCallExpression(e)) {
      if (isSetSupportedCallee(e.expression)) {
        const set = stringValue(e.arguments[0]);
        const version = stringValue(e.arguments[1]);
        return set && version ? { [set]: version } : {};
      }
      const decl = declarationOf(e.expression);
      const shape = decl && wrapperShape(decl);
      if (shape) {
        const resolve = (p) => (p.literal !== undefined ? p.literal : stringValue(e.arguments[p.param]));
        const set = resolve(shape.set);
        const version = resolve(shape.version);
        return set && version ? { [set]: version } : {};
      }
      return {};
    }
    if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
      const decl = declarationOf(ts.isPropertyAccessExpression(e) ? e.name : e);
      if (!decl || seen.has(decl)) return {};
      seen.add(decl);
      const tag = jsDocTagValue(decl, "isSetSupported");
      if (tag) return { [tag.set]: tag.version };
      const isConst =
        ts.isVariableDeclaration(decl) &&
        decl.parent &&
        ts.isVariableDeclarationList(decl.parent) &&
        decl.parent.flags & ts.NodeFlags.Const;
      if ((isConst || ts.isPropertyAssignment(decl)) && decl.initializer) return whenTrue(decl.initializer, seen);
      if (
        ts.isPropertyDeclaration(decl) &&
        decl.initializer &&
        decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword)
      )
        return whenTrue(decl.initializer, seen);
      if ((ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl)) && assignments.has(decl))
        return inferredFlag(assignments.get(decl), seen);
    }
    return {};
  }

  /**
   * A capability flag declared in an interface (`caps.v1_6`): a guard of V when some object literal in the scanned
   * sources sets it from an isSetSupported(…, V) check and every other value given to it is `false`, `true` (test
   * doubles such as ALL_CAPS) or another such check; the guard is the lowest version those checks establish.
   */
  function inferredFlag(values, seen) {
    let guard = null;
    for (const v of values) {
      const e = unwrap(v);
      if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) continue;
      const g = whenTrue(e, seen);
      const entries = Object.entries(g);
      if (entries.length !== 1) return {};
      const [set, version] = entries[0];
      if (guard && guard.set !== set) return {};
      guard = {
        set,
        version: guard ? (compareVersions(version, guard.version) < 0 ? version : guard.version) : version,
      };
    }
    return guard ? { [guard.set]: guard.version } : {};
  }

  /** Guard established when `expr` is false. */
  function whenFalse(expr, seen = new Set()) {
    const e = unwrap(expr);
    if (!e) return {};
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken)
      return whenTrue(e.operand, seen);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
      return merge(whenFalse(e.left, seen), whenFalse(e.right, seen));
    return {};
  }

  function merge(a, b) {
    const out = { ...a };
    for (const [set, v] of Object.entries(b)) out[set] = maxVersion(out[set] ?? null, v);
    return out;
  }

  function exits(stmt) {
    if (!stmt) return false;
    if (
      ts.isReturnStatement(stmt) ||
      ts.isThrowStatement(stmt) ||
      ts.isContinueStatement(stmt) ||
      ts.isBreakStatement(stmt)
    )
      return true;
    if (ts.isBlock(stmt)) return exits(stmt.statements[stmt.statements.length - 1]);
    return false;
  }

  /** Every guard that holds at `node`, from enclosing conditions, early exits and @requires functions. */
  function guardsAt(node) {
    let guards = {};
    let child = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent)) {
        if (child === parent.thenStatement) guards = merge(guards, whenTrue(parent.expression));
        else if (child === parent.elseStatement) guards = merge(guards, whenFalse(parent.expression));
      } else if (ts.isConditionalExpression(parent)) {
        if (child === parent.whenTrue) guards = merge(guards, whenTrue(parent.condition));
        else if (child === parent.whenFalse) guards = merge(guards, whenFalse(parent.condition));
      } else if (ts.isBinaryExpression(parent) && child === parent.right) {
        if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
          guards = merge(guards, whenTrue(parent.left));
        else if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken)
          guards = merge(guards, whenFalse(parent.left));
      } else if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isModuleBlock(parent)) {
        for (const stmt of parent.statements) {
          if (stmt === child) break;
          if (ts.isIfStatement(stmt) && !stmt.elseStatement && exits(stmt.thenStatement))
            guards = merge(guards, whenFalse(stmt.expression));
        }
      }
      if (ts.isFunctionLike(parent)) {
        const req = requiresOf(parent);
        if (req) guards = merge(guards, { [req.set]: req.version });
      }
    }
    return guards;
  }

  /** `@requires ExcelApi V` on a function, method, or the variable statement holding an arrow function. */
  function requiresOf(fn) {
    const own = jsDocTagValue(fn, "requires");
    if (own) return own;
    const holder = fn.parent;
    if (
      (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) &&
      holder &&
      (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder))
    )
      return jsDocTagValue(holder, "requires");
    return null;
  }

  return { guardsAt, requiresOf, declarationOf };
}

/** For every property of a declared type: the expressions object literals in `files` assign to it. */
function collectPropertyAssignments(checker, files) {
  const map = new Map();
  for (const sf of files) {
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const type = checker.getContextualType(node);
        for (const prop of node.properties) {
          if (!ts.isPropertyAssignment(prop) || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)))
            continue;
          const target = type?.getProperty(prop.name.text);
          for (const d of target?.declarations ?? []) {
            if (!map.has(d)) map.set(d, []);
            map.get(d).push(prop.initializer);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return map;
}

// ---------- scanning ----------
function isAssignmentTarget(node) {
  const p = node.parent;
  return (
    p &&
    ts.isBinaryExpression(p) &&
    p.left === node &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

function loadProgram(projectFile, srcDir) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    projectFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new UsageError(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!parsed) throw new UsageError(`cannot read ${projectFile}`);
  // --src may be a folder (every .ts under it) or a single file
  const inSrc = (f) =>
    (path.resolve(f) === srcDir || path.resolve(f).startsWith(srcDir + path.sep)) && !f.endsWith(".d.ts");
  const roots = parsed.fileNames.filter(inSrc);
  const program = ts.createProgram({ rootNames: roots, options: { ...parsed.options, noEmit: true } });
  return { program, files: program.getSourceFiles().filter((sf) => inSrc(sf.fileName)) };
}

function findOfficeTypes(program) {
  const sf = program.getSourceFiles().find((f) => /[\\/]@types[\\/]office-js[\\/]index\.d\.ts$/.test(f.fileName));
  if (!sf)
    throw new UsageError('@types/office-js is not part of the program: add "office-js" to compilerOptions.types');
  return sf;
}

function analyse({ program, files }, minVersion) {
  const checker = program.getTypeChecker();
  const office = indexOfficeTypes(findOfficeTypes(program));
  const { guardsAt, requiresOf, declarationOf } = createGuardAnalyser(checker, files);
  const uses = [];
  /** `@requires` of a function/method declaration, or of a variable/property holding an arrow function. */
  const requiresOfDeclaration = (decl) => {
    const fn =
      (ts.isVariableDeclaration(decl) || ts.isPropertyAssignment(decl) || ts.isPropertyDeclaration(decl)) &&
      decl.initializer
        ? unwrap(decl.initializer)
        : decl;
    if (!fn || !ts.isFunctionLike(fn)) return null;
    const req = requiresOf(fn) ?? (fn !== decl ? jsDocTagValue(decl, "requires") : null);
    return req ? { ...req, fn } : null;
  };

  const record = (node, sf, member, info, resolvedBy, write) => {
    let version = write ? info.write : info.read;
    // "1.7 for password": the higher version applies when the call passes that argument
    const call =
      node.parent && ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
    for (const p of info.params ?? [])
      if (call && call.arguments.length > p.index && version !== "preview") version = maxVersion(version, p.version);
    const at = ts.isPropertyAccessExpression(node) ? node.name : node;
    const { line, character } = sf.getLineAndCharacterOfPosition(at.getStart(sf));
    const needsGuard = info.set !== "ExcelApi" || version === "preview" || compareVersions(version, minVersion) > 0;
    const guard = needsGuard ? (guardsAt(node)[info.set] ?? null) : null;
    const ok = !needsGuard || (version !== "preview" && guard !== null && compareVersions(guard, version) >= 0);
    uses.push({
      file: path.relative(repoRoot, sf.fileName),
      line: line + 1,
      column: character + 1,
      member,
      set: info.set,
      version,
      access: write ? "write" : "read",
      resolvedBy,
      guard,
      ok,
    });
  };

  for (const sf of files) {
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node)) {
        let symbol = checker.getSymbolAtLocation(node.name);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const decls = symbol?.declarations ?? [];
        const info = decls.map((d) => office.byNode.get(d)).find(Boolean);
        const req = decls.length > 0 && !info ? requiresOfDeclaration(decls[0]) : null;
        if (info) {
          record(node, sf, info.name, info, "checker", isAssignmentTarget(node));
        } else if (req && !isInside(node, req.fn)) {
          record(
            node,
            sf,
            `${node.name.text}() @requires`,
            { set: req.set, read: req.version, write: req.version },
            "jsdoc",
            false,
          );
        } else if (decls.length === 0 && isExplicitAny(checker.getTypeAtLocation(node.expression))) {
          // Name fallback, conservative: every Excel declaration of the name carries an ExcelApi annotation, and the
          // lowest of them is what is assumed (so `x.add` or `x.workbook` never raise an alarm).
          const candidates = office.byName.get(node.name.text) ?? [];
          const excelApi = candidates.filter((c) => c.set === "ExcelApi" && c.read !== "preview");
          if (excelApi.length > 0 && excelApi.length === candidates.length) {
            const lowest = excelApi.reduce((a, b) => (compareVersions(a.read, b.read) <= 0 ? a : b));
            record(node, sf, `~${lowest.name}`, lowest, "name", false);
          }
        }
      } else if (ts.isIdentifier(node) && !isDeclarationName(node)) {
        // references to functions that declare `@requires ExcelApi V` are uses of ExcelApi V
        const decl = declarationOf(node);
        const req = decl ? requiresOfDeclaration(decl) : null;
        if (req && !isInside(node, req.fn))
          record(
            node,
            sf,
            `${node.text}() @requires`,
            { set: req.set, read: req.version, write: req.version },
            "jsdoc",
            false,
          );
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** `any` written or inferred in the code; not the error type of an unresolved import (tsc reports those anyway). */
function isExplicitAny(type) {
  return (type.flags & ts.TypeFlags.Any) !== 0 && type.intrinsicName !== "error";
}

function isDeclarationName(node) {
  const p = node.parent;
  return (
    p &&
    (ts.isFunctionDeclaration(p) ||
      ts.isVariableDeclaration(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isParameter(p) ||
      ts.isPropertyAssignment(p) ||
      ts.isImportSpecifier(p) ||
      ts.isExportSpecifier(p) ||
      ts.isImportClause(p) ||
      ts.isPropertyAccessExpression(p)) &&
    p.name === node
  );
}

function isInside(node, container) {
  for (let n = node; n; n = n.parent) if (n === container) return true;
  return false;
}

// ---------- report ----------
function summarise(uses) {
  const byMember = new Map();
  for (const u of uses) {
    const key = `${u.member}\u0000${u.set} ${u.version}`;
    const row = byMember.get(key) ?? {
      member: u.member,
      requirement: `${u.set} ${u.version}`,
      set: u.set,
      version: u.version,
      uses: 0,
      unguarded: 0,
    };
    row.uses++;
    if (!u.ok) row.unguarded++;
    byMember.set(key, row);
  }
  return [...byMember.values()].sort(
    (a, b) =>
      a.set.localeCompare(b.set) ||
      (a.version === "preview" ? 1 : b.version === "preview" ? -1 : compareVersions(a.version, b.version)) ||
      a.member.localeCompare(b.member),
  );
}

function printTable(rows, minVersion) {
  const w1 = Math.max(6, ...rows.map((r) => r.member.length));
  const w2 = Math.max(11, ...rows.map((r) => r.requirement.length));
  console.log(`${"Member".padEnd(w1)}  ${"Requirement".padEnd(w2)}  Uses  Status`);
  console.log(`${"-".repeat(w1)}  ${"-".repeat(w2)}  ----  ------`);
  for (const r of rows) {
    const above = r.set !== "ExcelApi" || r.version === "preview" || compareVersions(r.version, minVersion) > 0;
    const status = r.unguarded > 0 ? `UNGUARDED ×${r.unguarded}` : above ? "guarded" : "ok";
    console.log(`${r.member.padEnd(w1)}  ${r.requirement.padEnd(w2)}  ${String(r.uses).padStart(4)}  ${status}`);
  }
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(
      "usage: node scripts/check-apisets.mjs [--project tsconfig.json] [--src src] [--manifest manifest.xml] [--json FILE|-]",
    );
    return 0;
  }
  for (const f of [args.project, args.manifest, args.src]) if (!existsSync(f)) throw new UsageError(`not found: ${f}`);
  const minVersion = readManifestMinVersion(args.manifest);
  const loaded = loadProgram(args.project, args.src);
  const uses = analyse(loaded, minVersion);
  const rows = summarise(uses);
  const failures = uses
    .filter((u) => !u.ok)
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const report = { minVersion, files: loaded.files.length, members: rows, uses, failures };
  if (args.json === "-") {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      `Excel API members used under ${path.relative(repoRoot, args.src) || "."} (${loaded.files.length} files; manifest declares ExcelApi ${minVersion}):`,
    );
    if (rows.length === 0) console.log("(none)");
    else printTable(rows, minVersion);
    for (const u of failures) {
      const why =
        u.version === "preview"
          ? "is preview-only"
          : u.set !== "ExcelApi"
            ? `needs ${u.set} ${u.version} (a set apart from ExcelApi)`
            : `needs ${u.set} ${u.version} > ${minVersion}`;
      const have = u.guard ? ` (guarded only up to ${u.guard})` : "";
      console.error(
        `${u.file}:${u.line}:${u.column}: ${u.member} ${why}: wrap it in isSetSupported("${u.set}", "${u.version}")${have}`,
      );
    }
  }
  if (failures.length > 0) {
    if (args.json !== "-")
      console.error(`FAIL ${failures.length} use(s) above ExcelApi ${minVersion} without an isSetSupported guard.`);
    return 1;
  }
  if (args.json !== "-") console.log(`OK every member above ExcelApi ${minVersion} is behind an isSetSupported guard.`);
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`check-apisets: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
