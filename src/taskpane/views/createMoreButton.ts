/** Long lists show a page of rows at a time; this is the button under them that shows the next page. */
import { el } from "../dom";
import type { Translate } from "../i18n";

/** Rows a long list (files, submissions, issue groups) shows before "Hiện thêm". */
export const LIST_PAGE = 200;

/**
 * The "Hiện thêm N (còn M)" button under a list cut at its limit, or null when nothing is left out.
 *
 * @param t - translator
 * @param rest - rows not shown
 * @param onClick - shows the next page
 * @returns the button, or null
 * @example
 * createMoreButton(t, 800, () => (limit += LIST_PAGE))?.textContent //=> "Hiện thêm 200 (còn 800)"
 */
export function createMoreButton(t: Translate, rest: number, onClick: () => void): HTMLButtonElement | null {
  if (rest <= 0) return null;
  const button = el(
    "button",
    { type: "button", class: "button subtle small show-more" },
    t("showMore", { count: Math.min(LIST_PAGE, rest), rest }),
  );
  button.addEventListener("click", onClick);
  return button;
}
