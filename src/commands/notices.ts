/**
 * Messages the ribbon commands show to the officer (in the language `chooseLanguage` gives, as in the pane), and the
 * query string that carries one, with its list of notes, to the notice dialog. Pure: no Office.js here, so it is
 * unit-tested directly.
 */
import type { Lang } from "../core";

/** What a ribbon command has to tell the officer. */
export type NoticeKey = "no-submissions" | "open-pane-consolidate" | "template-notes" | "validate-notes" | "failed";

export type NoticeLang = Lang;

export interface NoticeText {
  readonly title: string;
  readonly text: string;
  readonly close: string;
  /** The last line when notes were left out of the dialog: "{count}" more. */
  readonly more: string;
}

const VI: Readonly<Record<NoticeKey, Omit<NoticeText, "close" | "more">>> = {
  "no-submissions": {
    title: "Không có báo cáo nào để kiểm tra",
    text: "Sổ làm việc này không có trang nào theo Mẫu 01-DVK. Mở ngăn tác vụ để chọn các tệp báo cáo của đơn vị (.xlsx, .xls, .ods, .csv), hoặc bấm “Tạo mẫu báo cáo” để có mẫu gửi đơn vị.",
  },
  "open-pane-consolidate": {
    title: "Tổng hợp trong ngăn tác vụ",
    text: "Mở ngăn tác vụ để tổng hợp: chọn tệp báo cáo của các đơn vị (hoặc dùng các trang báo cáo trong sổ này), rồi bấm “Tổng hợp”. Kết quả được ghi vào các trang “Tổng hợp”, “Xu hướng”, “Tiến độ” và “Dữ liệu”.",
  },
  "template-notes": {
    title: "Đã chèn mẫu báo cáo",
    text: "Mẫu 01-DVK đã được chèn vào sổ làm việc này. Mở ngăn tác vụ để tạo mẫu có sẵn tên đơn vị và năm báo cáo. Lưu ý:",
  },
  "validate-notes": {
    title: "Đã kiểm tra, có điều cần lưu ý",
    text: "Danh sách lỗi đã được ghi vào trang “Kiểm tra”, nhưng có phần chưa làm được:",
  },
  failed: {
    title: "Chưa thực hiện được",
    text: "Excel báo lỗi khi thực hiện lệnh này. Hãy lưu sổ làm việc, thử lại, hoặc mở ngăn tác vụ để thực hiện từng bước.",
  },
};

const EN: Readonly<Record<NoticeKey, Omit<NoticeText, "close" | "more">>> = {
  "no-submissions": {
    title: "No report to check",
    text: "This workbook has no sheet in the Mẫu 01-DVK form. Open the task pane to pick the units' report files (.xlsx, .xls, .ods, .csv), or click “Create report form” to get a form to send to the units.",
  },
  "open-pane-consolidate": {
    title: "Consolidate in the task pane",
    text: "Open the task pane to consolidate: pick the units' report files (or use the report sheets of this workbook), then click “Consolidate”. The results go to the “Tổng hợp”, “Xu hướng”, “Tiến độ” and “Dữ liệu” sheets.",
  },
  "template-notes": {
    title: "Report form inserted",
    text: "A Mẫu 01-DVK form was inserted into this workbook. Open the task pane for a form pre-filled with the unit and the year. Note:",
  },
  "validate-notes": {
    title: "Checked, with notes",
    text: "The list of problems is on the “Kiểm tra” sheet, but part of the check could not be done:",
  },
  failed: {
    title: "Could not finish",
    text: "Excel reported an error while running this command. Save the workbook and try again, or open the task pane to do it step by step.",
  },
};

const NOTICE_KEYS = Object.keys(VI) as NoticeKey[];
/**
 * Characters of notes one dialog carries in its address. A note is never cut: the notes that fit are shown whole and
 * the rest counted ("… và 3 lưu ý khác"); only a single detail longer than this (an error message) is shortened.
 */
const MAX_DETAILS = 1500;

/**
 * The title, text and close-button label of a notice.
 *
 * @param key - which notice
 * @param lang - the language
 * @returns the strings to show
 * @example
 * noticeText("no-submissions", "vi").close //=> "Đóng"
 */
export function noticeText(key: NoticeKey, lang: NoticeLang): NoticeText {
  const table = lang === "en" ? EN : VI;
  return lang === "en"
    ? { ...table[key], close: "Close", more: "… and {count} more notes (run it from the task pane to see them all)." }
    : { ...table[key], close: "Đóng", more: "… và {count} lưu ý khác (chạy trong ngăn tác vụ để xem đủ)." };
}

/**
 * The query string that opens the notice dialog (`commands.html?…`), with the notes as a list: each note whole,
 * as many as fit in 1,500 characters, and how many were left out.
 *
 * @param key - which notice
 * @param lang - the language
 * @param details - the lines to list under the text, already in `lang` (notes, or an error reason)
 * @returns the query string, starting with "?"
 * @example
 * noticeQuery("failed", "vi") //=> "?notice=failed&lang=vi"
 * noticeQuery("validate-notes", "en", ["A.", "B."]) //=> "?notice=validate-notes&lang=en&detail=A.&detail=B."
 */
export function noticeQuery(key: NoticeKey, lang: NoticeLang, details: readonly string[] = []): string {
  const params = new URLSearchParams({ notice: key, lang });
  let used = 0;
  let shown = 0;
  for (const detail of details) {
    if (shown > 0 && used + detail.length > MAX_DETAILS) break;
    const text = detail.length > MAX_DETAILS ? `${detail.slice(0, MAX_DETAILS - 1)}…` : detail;
    params.append("detail", text);
    used += text.length;
    shown++;
  }
  if (shown < details.length) params.set("more", String(details.length - shown));
  return `?${params.toString()}`;
}

/** A notice read back from the dialog's address. */
export interface ParsedNotice {
  readonly key: NoticeKey;
  readonly lang: NoticeLang;
  /** The lines to list, each whole. */
  readonly details: readonly string[];
  /** How many notes did not fit (0 when all are listed). */
  readonly more: number;
}

/**
 * Reads a notice back from the dialog page's query string; null when the page is the hidden function file.
 *
 * @param search - `location.search`
 * @returns the notice to show, or null
 * @example
 * parseNoticeQuery("?notice=failed&lang=en")?.lang //=> "en"
 */
export function parseNoticeQuery(search: string): ParsedNotice | null {
  const params = new URLSearchParams(search);
  const key = params.get("notice");
  if (!key || !(NOTICE_KEYS as string[]).includes(key)) return null;
  const more = Number(params.get("more") ?? "0");
  return {
    key: key as NoticeKey,
    lang: params.get("lang") === "en" ? "en" : "vi",
    details: params.getAll("detail").map((d) => d.slice(0, MAX_DETAILS)),
    more: Number.isInteger(more) && more > 0 ? more : 0,
  };
}
