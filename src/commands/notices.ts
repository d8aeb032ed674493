/**
 * Messages the ribbon commands show to the officer (Vietnamese first; English when Office runs in English), and the
 * query string that carries one to the notice dialog. Pure: no Office.js here, so it is unit-tested directly.
 */

/** What a ribbon command has to tell the officer. */
export type NoticeKey = "no-submissions" | "open-pane-consolidate" | "template-notes" | "validate-notes" | "failed";

export type NoticeLang = "vi" | "en";

export interface NoticeText {
  readonly title: string;
  readonly text: string;
  readonly close: string;
}

const VI: Readonly<Record<NoticeKey, Omit<NoticeText, "close">>> = {
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

const EN: Readonly<Record<NoticeKey, Omit<NoticeText, "close">>> = {
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
const MAX_DETAIL = 300;

/**
 * The language for messages: English only when Office's display language is English.
 *
 * @param displayLanguage - `Office.context.displayLanguage`, e.g. "vi-VN" or "en-US"
 * @returns "en" or "vi"
 * @example
 * pickNoticeLang("en-GB") //=> "en"
 */
export function pickNoticeLang(displayLanguage: string | undefined | null): NoticeLang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en" : "vi";
}

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
  return { ...table[key], close: lang === "en" ? "Close" : "Đóng" };
}

/**
 * The query string that opens the notice dialog (`commands.html?…`).
 *
 * @param key - which notice
 * @param lang - the language
 * @param detail - optional extra line (e.g. an error reason), cut to 300 characters
 * @returns the query string, starting with "?"
 * @example
 * noticeQuery("failed", "vi") //=> "?notice=failed&lang=vi"
 */
export function noticeQuery(key: NoticeKey, lang: NoticeLang, detail?: string): string {
  const params = new URLSearchParams({ notice: key, lang });
  if (detail) params.set("detail", detail.slice(0, MAX_DETAIL));
  return `?${params.toString()}`;
}

/**
 * Reads a notice back from the dialog page's query string; null when the page is the hidden function file.
 *
 * @param search - `location.search`
 * @returns the notice to show, or null
 * @example
 * parseNoticeQuery("?notice=failed&lang=en")?.lang //=> "en"
 */
export function parseNoticeQuery(search: string): { key: NoticeKey; lang: NoticeLang; detail: string } | null {
  const params = new URLSearchParams(search);
  const key = params.get("notice");
  if (!key || !(NOTICE_KEYS as string[]).includes(key)) return null;
  return {
    key: key as NoticeKey,
    lang: params.get("lang") === "en" ? "en" : "vi",
    detail: (params.get("detail") ?? "").slice(0, MAX_DETAIL),
  };
}
