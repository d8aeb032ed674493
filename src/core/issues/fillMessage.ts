import type { IssueParams, Lang } from "../types";

/**
 * Fills a message template's `{name}` slots in one language: a text value as it is, a bilingual value in that
 * language, a missing one as "?" (a message is always shown). The one renderer of the issue catalogue and of the
 * add-in's notes.
 *
 * @param template - the message in the language wanted, with `{name}` slots
 * @param params - the slots' values
 * @param lang - the language of bilingual values
 * @returns the message text
 * @example
 * fillMessage("Ô {cell} ghi số âm ({value}).", { cell: "D9", value: -1 }, "vi") //=> "Ô D9 ghi số âm (-1)."
 */
export function fillMessage(template: string, params: IssueParams, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return "?";
    return typeof value === "object" ? value[lang] : String(value);
  });
}
