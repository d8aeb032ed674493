import type { Lang } from "../types";

/**
 * The language of every message the officer reads — the task pane, the ribbon's dialogs and the notes of a write —
 * chosen the same way everywhere from Office's display language: Vietnamese when Office runs in Vietnamese or says
 * nothing (outside Office), English for any other language.
 *
 * @param displayLanguage - the host application's display language, e.g. "vi-VN", "en-US"; undefined outside Office
 * @param override - an explicit choice (e.g. the pane's `?lang=en`), wins when valid
 * @returns "vi" or "en"
 * @example
 * chooseLanguage("en-US") //=> "en"
 * chooseLanguage("vi-VN", "en") //=> "en"
 */
export function chooseLanguage(displayLanguage: string | undefined | null, override?: string | null): Lang {
  if (override === "vi" || override === "en") return override;
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}
