/**
 * The one way the pane builds DOM: elements with attributes, and text only through text nodes. Nothing here (or
 * anywhere in the pane) assigns innerHTML, so a unit name such as `<img src=x onerror=…>` stays plain text.
 */

export type Child = Node | string | number | null | undefined | false;

/** Attributes: strings/numbers become attributes, booleans toggle them, functions under `on` become listeners. */
export interface Props {
  readonly [name: string]: string | number | boolean | null | undefined;
}

/**
 * Creates an element with attributes and children; string children become text nodes.
 *
 * @param tag - element name
 * @param props - attributes (`class`, `id`, `aria-*`, …); false/null/undefined are skipped
 * @param children - nodes or text
 * @returns the element
 * @example
 * el("p", { class: "note" }, "<b>x</b>").textContent //=> "<b>x</b>"
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children, strings as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** Formats a whole number the Vietnamese way (1.234) or the English way (1,234). */
export function formatCount(value: number, lang: "vi" | "en"): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 0 }).format(value);
}
