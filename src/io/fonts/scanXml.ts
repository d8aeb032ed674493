/**
 * A small, linear XML tag scanner for the parts the font reader looks at (styles, shared strings,
 * workbook, relationships, sheets). Untrusted input: no regular expressions over the XML, every
 * character is visited a bounded number of times, and a malformed tail simply ends the scan.
 */

/** One tag found by `nextTag`: its local name (namespace prefix dropped) and where it lies. */
export interface XmlTag {
  /** Local name, e.g. "c" for both `<c>` and `<x:c>`. */
  readonly name: string;
  /** True for an end tag (`</c>`). */
  readonly closing: boolean;
  /** True for an empty-element tag (`<c/>`). */
  readonly selfClosing: boolean;
  /** Index of the `<`. */
  readonly start: number;
  /** Index where the attributes begin (just after the name). */
  readonly attrStart: number;
  /** Index just after the `>`. */
  readonly end: number;
}

function isNameEnd(code: number): boolean {
  // whitespace, "/", ">"
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** Index just after the `>` closing a tag whose attributes start at `from` (quotes honoured), or -1. */
function tagEnd(xml: string, from: number): number {
  for (let at = from; at < xml.length; at++) {
    const code = xml.charCodeAt(at);
    if (code === 0x3e) return at + 1;
    if (code === 0x22 || code === 0x27) {
      const close = xml.indexOf(code === 0x22 ? '"' : "'", at + 1);
      if (close < 0) return -1;
      at = close;
    }
  }
  return -1;
}

/**
 * Finds the next element tag at or after `from`, skipping comments, CDATA, processing
 * instructions and declarations.
 *
 * @param xml - the part's text
 * @param from - where to start looking
 * @returns the tag, or null when there is none (or the rest is malformed)
 * @example
 * nextTag('<a><x:b k="v"/></a>', 3)?.name //=> "b"
 */
export function nextTag(xml: string, from: number): XmlTag | null {
  let at = from;
  for (;;) {
    const start = xml.indexOf("<", at);
    if (start < 0 || start + 1 >= xml.length) return null;
    const first = xml.charCodeAt(start + 1);
    if (first === 0x21 /* ! */ || first === 0x3f /* ? */) {
      const closer = xml.startsWith("<!--", start) ? "-->" : xml.startsWith("<![CDATA[", start) ? "]]>" : ">";
      const close = xml.indexOf(closer, start + 2);
      if (close < 0) return null;
      at = close + closer.length;
      continue;
    }
    const closing = first === 0x2f;
    const nameStart = closing ? start + 2 : start + 1;
    let nameEnd = nameStart;
    while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const end = tagEnd(xml, nameEnd);
    if (end < 0) return null;
    if (nameEnd === nameStart) {
      at = end;
      continue;
    }
    const selfClosing = !closing && xml.charCodeAt(end - 2) === 0x2f;
    return { name: localName(xml.slice(nameStart, nameEnd)), closing, selfClosing, start, attrStart: nameEnd, end };
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Replaces the XML character references and the five predefined entities in an attribute value.
 *
 * @param value - the raw attribute value
 * @returns the decoded text
 * @example
 * decodeXmlText("A &amp; B &#x1EA1;") //=> "A & B ạ"
 */
export function decodeXmlText(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

/**
 * Reads the attributes of a tag into a map keyed by local name (`r:id` → "id"), values decoded.
 * Later duplicates are ignored.
 *
 * @param xml - the part's text
 * @param tag - a tag from `nextTag`
 * @returns the attributes
 * @example
 * readAttributes('<c r="A1" s="3"/>', nextTag('<c r="A1" s="3"/>', 0)!).get("s") //=> "3"
 */
export function readAttributes(xml: string, tag: XmlTag): Map<string, string> {
  const attributes = new Map<string, string>();
  let at = tag.attrStart;
  const limit = tag.end - 1;
  while (at < limit) {
    const code = xml.charCodeAt(at);
    if (isSpace(code) || code === 0x2f) {
      at++;
      continue;
    }
    const nameStart = at;
    while (at < limit && xml.charCodeAt(at) !== 0x3d /* = */ && !isNameEnd(xml.charCodeAt(at))) at++;
    const name = localName(xml.slice(nameStart, at));
    while (at < limit && isSpace(xml.charCodeAt(at))) at++;
    if (xml.charCodeAt(at) !== 0x3d) {
      if (at === nameStart) at++;
      continue;
    }
    at++;
    while (at < limit && isSpace(xml.charCodeAt(at))) at++;
    const quote = xml.charCodeAt(at);
    if (quote !== 0x22 && quote !== 0x27) continue;
    const close = xml.indexOf(quote === 0x22 ? '"' : "'", at + 1);
    if (close < 0 || close > limit) break;
    if (name && !attributes.has(name)) attributes.set(name, decodeXmlText(xml.slice(at + 1, close)));
    at = close + 1;
  }
  return attributes;
}
