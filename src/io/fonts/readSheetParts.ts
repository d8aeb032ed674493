import { nextTag, readAttributes } from "./scanXml";

/** Resolves a relationship target against the folder of the part that declares it ("xl/"). */
function resolveTarget(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** One relationship: its type URI and its target part path inside the ZIP. */
export interface Relationship {
  readonly type: string;
  readonly target: string;
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

/**
 * Reads a relationships part: targets by id, resolved against the folder of the part that owns
 * it; external targets are left out.
 *
 * @param xml - the text of the relationships part
 * @param owner - the path of the part that owns it ("" for the package's `_rels/.rels`)
 * @returns relationship by id
 * @example
 * readRelationships('<Relationships><Relationship Id="rId1" Type="t" Target="styles.xml"/></Relationships>', "xl/workbook.xml").get("rId1")?.target //=> "xl/styles.xml"
 */
export function readRelationships(xml: string, owner: string): Map<string, Relationship> {
  const base = folderOf(owner);
  const rels = new Map<string, Relationship>();
  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) {
    if (tag.name !== "Relationship" || tag.closing) continue;
    const a = readAttributes(xml, tag);
    const id = a.get("Id");
    const target = a.get("Target");
    if (!id || !target || a.get("TargetMode") === "External" || rels.has(id)) continue;
    rels.set(id, { type: a.get("Type") ?? "", target: resolveTarget(base, target) });
  }
  return rels;
}

/**
 * The target of the first relationship whose type ends with "/" + `type` ("styles",
 * "sharedStrings", "officeDocument").
 *
 * @param rels - relationships from `readRelationships`
 * @param type - the last segment of the relationship type
 * @returns the target part path, or null
 * @example
 * relatedPart(rels, "styles") //=> "xl/styles.xml"
 */
export function relatedPart(rels: ReadonlyMap<string, Relationship>, type: string): string | null {
  for (const rel of rels.values()) if (rel.type.endsWith(`/${type}`)) return rel.target;
  return null;
}

/**
 * Finds the workbook part from the package relationships (`_rels/.rels`), normally "xl/workbook.xml".
 *
 * @param packageRels - the text of `_rels/.rels`
 * @returns the workbook part's path inside the ZIP, or null
 * @example
 * findWorkbookPart('<Relationships><Relationship Id="r" Type=".../officeDocument" Target="xl/workbook.xml"/></Relationships>') //=> "xl/workbook.xml"
 */
export function findWorkbookPart(packageRels: string): string | null {
  return relatedPart(readRelationships(packageRels, ""), "officeDocument");
}

/**
 * Maps each sheet name of the workbook (in workbook order) to its part in the ZIP, from
 * workbook.xml's `<sheet name r:id>` and the workbook's relationships.
 *
 * @param workbookXml - the text of the workbook part
 * @param rels - the workbook's relationships (`readRelationships(text, "xl/workbook.xml")`)
 * @returns sheet name → part path (e.g. "Mẫu 01-DVK" → "xl/worksheets/sheet1.xml")
 * @example
 * readSheetParts('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>', rels).get("S") //=> "xl/worksheets/sheet1.xml"
 */
export function readSheetParts(workbookXml: string, rels: ReadonlyMap<string, Relationship>): Map<string, string> {
  const parts = new Map<string, string>();
  for (let tag = nextTag(workbookXml, 0); tag; tag = nextTag(workbookXml, tag.end)) {
    if (tag.name !== "sheet" || tag.closing) continue;
    const a = readAttributes(workbookXml, tag);
    const name = a.get("name");
    const rel = rels.get(a.get("id") ?? "");
    if (name !== undefined && rel && !parts.has(name)) parts.set(name, rel.target);
  }
  return parts;
}

/**
 * The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
 *
 * @param part - a part path
 * @returns its relationships part path
 * @example
 * relsPathOf("xl/workbook.xml") //=> "xl/_rels/workbook.xml.rels"
 */
export function relsPathOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}
