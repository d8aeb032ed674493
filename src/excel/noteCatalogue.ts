import type { LocalizedText } from "../core";

/**
 * Every note the adapter returns to the officer (a name taken, a sheet locked, a feature this Excel lacks), in
 * Vietnamese and English, with `{param}` slots. The adapter returns `Note`s (a key and its values); the pane
 * (`createOfficeWorkbookPort`) and the ribbon's dialogs (`src/commands`) render them with `noteMessage` in the
 * language `chooseLanguage` gives, so the same note reads the same in both. Keys are stable: tests name them.
 */
export const NOTE_CATALOGUE = {
  "officer-sheet-kept": {
    vi: "Trang “{wanted}” là trang của anh/chị nên không bị thay đổi; kết quả được ghi vào trang “{used}”.",
    en: "The “{wanted}” sheet is yours, so it was left as it is; the results went to the “{used}” sheet.",
  },
  "owned-sheet-password": {
    vi: "Trang “{sheet}” của phần bổ trợ đang bị khóa bằng mật khẩu nên không được ghi lại. Hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ Trang tính) rồi chạy lại.",
    en: "The add-in's “{sheet}” sheet is protected with a password, so it was not rewritten. Unprotect it (Review › Unprotect Sheet) and run again.",
  },
  "protected-no-highlights": {
    vi: "Trang “{sheet}” đang được khóa (bảo vệ) nên các ô có lỗi không được tô màu; xem danh sách ở trang “Kiểm tra”.",
    en: "The “{sheet}” sheet is protected, so its cells with problems were not highlighted; see the list on the “Kiểm tra” sheet.",
  },
  "record-not-saved": {
    vi: "Không lưu được danh sách trang do phần bổ trợ tạo (cài đặt của sổ làm việc). Hãy lưu sổ làm việc rồi chạy lại “Tổng hợp”.",
    en: "The list of sheets the add-in created (the workbook's settings) could not be saved. Save the workbook and run “Tổng hợp” again.",
  },
  "template-name-taken": {
    vi: "Đã có trang “{wanted}”; mẫu mới được tạo ở trang “{used}”.",
    en: "A “{wanted}” sheet already exists; the new form is on the “{used}” sheet.",
  },
  "template-no-validation": {
    vi: "Excel này không hỗ trợ kiểm tra dữ liệu nhập: hãy nhắc đơn vị chỉ nhập số nguyên không âm.",
    en: "This Excel cannot check what is typed in: remind the units to enter whole numbers of 0 or more only.",
  },
  "template-no-protection": {
    vi: "Excel này không hỗ trợ khóa trang tính: các ô tiêu đề không được bảo vệ.",
    en: "This Excel cannot protect sheets: the heading cells are not locked.",
  },
  "no-new-workbook": {
    vi: "Excel này không mở được sổ làm việc mới từ phần bổ trợ: hãy dùng “Tạo mẫu báo cáo” để chèn mẫu vào sổ hiện tại rồi lưu thành tệp mới.",
    en: "This Excel cannot open a new workbook from the add-in: use “Tạo mẫu báo cáo” to insert the form into this workbook, then save it as a new file.",
  },
  "caps-no-formatting": {
    vi: "Phiên bản Excel này không hỗ trợ gộp ô, độ rộng cột và khóa trang tính: báo cáo vẫn được ghi nhưng không định dạng đầy đủ.",
    en: "This version of Excel cannot merge cells, set column widths or protect sheets: the report is written without its full formatting.",
  },
  "caps-no-highlights": {
    vi: "Phiên bản Excel này không hỗ trợ định dạng có điều kiện: các ô có lỗi chỉ được liệt kê ở trang “Kiểm tra”, không tô màu.",
    en: "This version of Excel has no conditional formatting: cells with problems are only listed on the “Kiểm tra” sheet, not highlighted.",
  },
  "caps-no-freeze": {
    vi: "Phiên bản Excel này không hỗ trợ cố định dòng tiêu đề.",
    en: "This version of Excel cannot freeze the heading rows.",
  },
  "caps-no-validation": {
    vi: "Phiên bản Excel này không hỗ trợ kiểm tra dữ liệu nhập (chỉ số nguyên ≥ 0) và không mở được mẫu thành sổ làm việc mới.",
    en: "This version of Excel cannot check what is typed in (whole numbers ≥ 0 only) nor open the form as a new workbook.",
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** Which note. */
export type NoteKey = keyof typeof NOTE_CATALOGUE;

/** A note for the officer: its key and the values of its slots (sheet names, …), rendered by `noteMessage`. */
export interface Note {
  readonly key: NoteKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Every key, for tests that check both languages. */
export const NOTE_KEYS = Object.keys(NOTE_CATALOGUE) as NoteKey[];
