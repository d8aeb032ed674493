import { fillMessage, type Lang } from "../core";
import { type Note, NOTE_CATALOGUE } from "./noteCatalogue";

/**
 * Renders a note of the adapter in the officer's language from `NOTE_CATALOGUE`; a missing value renders as "?",
 * so a note is always shown. The pane and the ribbon's dialogs both render notes with it.
 *
 * @param note - the note (`WriteResult.notes`, `TemplateResult.notes`, `describeMissingCaps`)
 * @param lang - "vi" or "en" (`chooseLanguage`)
 * @returns the sentence to show
 * @example
 * noteMessage({ key: "protected-no-highlights", params: { sheet: "Xã An Bình" } }, "en")
 * //=> "The “Xã An Bình” sheet is protected, so its cells with problems were not highlighted; see …"
 */
export function noteMessage(note: Note, lang: Lang): string {
  return fillMessage(NOTE_CATALOGUE[note.key][lang], note.params, lang);
}
