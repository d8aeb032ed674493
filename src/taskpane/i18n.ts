/** The pane's words in Vietnamese (default) and English. Templates use `{name}` slots. */
import type { Lang } from "../core";

const VI = {
  appTitle: "Tổng hợp Dân vận khéo",
  tabsLabel: "Các bước",
  tabImport: "Nhập",
  tabIssues: "Kiểm tra",
  tabConsolidate: "Tổng hợp",
  tabCharts: "Biểu đồ",
  tabSettings: "Cài đặt",
  pickFiles: "Chọn tệp báo cáo",
  dropHint: "hoặc kéo thả tệp .xlsx, .xls, .ods, .csv vào đây",
  readWorkbook: "Đọc các trang tính trong sổ này",
  loadSamples: "Nạp các tệp mẫu",
  clearAll: "Xóa danh sách",
  filesHeading: "Tệp đã chọn",
  submissionsHeading: "Báo cáo đã đọc",
  noSubmissions: "Chưa có báo cáo nào. Chọn hoặc kéo thả tệp của các đơn vị.",
  fileQueued: "Đang chờ",
  fileReading: "Đang đọc tệp",
  fileParsing: "Đang kiểm tra",
  fileDone: "Xong",
  fileFailed: "Không đọc được",
  progressSummary: "Đã đọc {done}/{total} tệp",
  statusAccepted: "Được nhận",
  statusRejected: "Bị loại",
  statusSuperseded: "Đã thay thế",
  errorsCount: "{count} lỗi",
  warningsCount: "{count} cảnh báo",
  unknownUnit: "(chưa rõ đơn vị)",
  unknownYear: "(chưa rõ năm)",
  currentWorkbook: "Sổ tính hiện tại",
  fileIssues: "Vấn đề của tệp",
  filterLabel: "Mức độ",
  filterAll: "Tất cả",
  severityError: "Lỗi",
  severityWarning: "Cảnh báo",
  severityInfo: "Thông tin",
  noIssues: "Không có vấn đề nào với bộ lọc này.",
  goToCell: "Đến ô {cell}",
  cellShown: "Đã chọn ô {sheet}!{cell}.",
  cellNotFound: 'Không tìm thấy trang tính "{sheet}" trong sổ này.',
  cellInFile:
    'Ô {cell} nằm ở trang "{sheet}" của tệp {source} (tệp đã chọn, không nằm trong sổ này): mở tệp đó để sửa.',
  yearLabel: "Năm",
  phaseLabel: "Giai đoạn",
  allYears: "Tất cả các năm",
  consolidateButton: "Tổng hợp",
  writeReport: "Ghi vào sổ tính",
  reportWritten: "Đã ghi {count} trang: {names}.",
  downloadReport: "Tải sổ tổng hợp",
  nothingToConsolidate: "Chưa có báo cáo được nhận để tổng hợp.",
  phaseTotals: "Số mô hình mới theo giai đoạn",
  phaseField: "Lĩnh vực",
  total: "Tổng cộng",
  chartsLoading: "Đang vẽ biểu đồ…",
  chartCumulativeByField: "Lũy kế theo lĩnh vực",
  chartNewByField: "Mô hình mới mỗi năm theo lĩnh vực",
  chartByLevel: "Lũy kế theo cấp công nhận",
  chartByType: "Lũy kế theo loại mô hình",
  chartPhases: "So sánh các giai đoạn (mô hình mới)",
  chartCompleteness: "Tình hình nộp báo cáo (đơn vị × năm)",
  models: "Số mô hình",
  stateOnTime: "Đúng hạn",
  stateLate: "Trễ hạn",
  stateMissing: "Chưa nộp",
  stateRejected: "Bị loại",
  unit: "Đơn vị",
  insertCharts: "Chèn biểu đồ vào sổ tính",
  chartsInserted: 'Đã chèn {count} biểu đồ vào trang "Xu hướng".',
  savePng: "Lưu ảnh PNG",
  settingsDeadline: "Hạn nộp (ngày/tháng)",
  settingsDay: "Ngày",
  settingsMonth: "Tháng",
  settingsYears: "Khoảng năm tổng hợp",
  settingsFrom: "Từ năm",
  settingsTo: "Đến năm",
  settingsPhases: "Giai đoạn (mỗi dòng: năm đầu–năm cuối)",
  settingsSave: "Lưu cài đặt",
  settingsSaved: "Đã lưu cài đặt.",
  settingsInvalid: "Cài đặt chưa hợp lệ: {reason}",
  badDay: "ngày hạn nộp phải từ 1 đến 31",
  badMonth: "tháng hạn nộp phải từ 1 đến 12",
  badYears: "khoảng năm phải là hai năm từ 1990 đến 2100, năm đầu không sau năm cuối",
  badPhase: 'không hiểu giai đoạn "{line}" (ghi dạng 2016-2020)',
  badPhaseOrder: "giai đoạn {line} có năm đầu sau năm cuối",
  insertTemplate: "Tạo mẫu báo cáo",
  templateInserted: 'Đã tạo trang "{name}".',
  working: "Đang xử lý…",
  failed: "Không thực hiện được: {reason}. Thử lại; nếu vẫn lỗi, hãy đóng và mở lại tiện ích.",
  notSupported: "Phiên bản Excel này chưa hỗ trợ chức năng này ({feature}).",
  previewNote: "Bản xem thử: không có Excel, sổ tính được mô phỏng bên cạnh.",
  sheetViewTitle: "Sổ tính (mô phỏng)",
  sheetViewEmpty: "Sổ tính chưa có trang nào.",
  sourceCopies: "Bản sao các tệp đã nhập",
  chartLabel: "Biểu đồ",
  unreadable: "Không đọc được tệp",
  sheetTooLarge:
    'Trang "{name}" quá lớn nên không được đọc (trên 1 triệu ô). Nếu đó là báo cáo của đơn vị, hãy chép phần báo cáo sang một trang riêng.',
  noticesLabel: "Lưu ý",
  useAlias: "Dùng «{suggestion}» cho «{label}»",
  aliasAdded: "Đã thêm vào trang Danh mục: «{text}» được hiểu là «{label}». Các tệp đã được kiểm tra lại.",
  toolsHeading: "Công cụ",
  convertLegacy: "Chuyển mã sang Unicode",
  convertLegacyHint:
    "Chọn vùng ô có chữ gõ bằng phông TCVN3 (.VnTime…) hoặc VNI, rồi bấm nút. Tiện ích cho xem trước những ô sẽ đổi; chỉ ghi khi anh/chị xác nhận.",
  conversionFound: "Vùng {range}: {count} ô sẽ được chuyển sang Unicode (xem danh sách).",
  conversionNone: "Vùng {range} không có ô nào cần chuyển mã.",
  conversionApply: "Ghi các thay đổi",
  conversionCancel: "Hủy",
  conversionBefore: "Trước",
  conversionAfter: "Sau",
  conversionDone: "Đã chuyển mã {count} ô sang Unicode.",
  conversionSkipped: "Bỏ qua vì ô đã bị sửa sau khi xem trước: {cells}.",
  trendViewLabel: "Cách tính theo đơn vị",
  trendReported: "Theo số liệu báo cáo",
  trendRebased: "Quy về đơn vị hiện nay",
  trendViewNote:
    "Số của toàn huyện/tỉnh như nhau ở hai cách xem; khác nhau ở biểu đồ theo đơn vị: đơn vị đã sáp nhập được cộng vào đơn vị kế thừa.",
  chartByUnit: "Lũy kế theo đơn vị",
  reformBreak: "{date}: sắp xếp đơn vị hành chính",
} as const;

export type MessageKey = keyof typeof VI;

const EN: Record<MessageKey, string> = {
  appTitle: "Dân vận khéo consolidation",
  tabsLabel: "Steps",
  tabImport: "Import",
  tabIssues: "Check",
  tabConsolidate: "Consolidate",
  tabCharts: "Charts",
  tabSettings: "Settings",
  pickFiles: "Choose report files",
  dropHint: "or drop .xlsx, .xls, .ods, .csv files here",
  readWorkbook: "Read the sheets of this workbook",
  loadSamples: "Load the sample files",
  clearAll: "Clear the list",
  filesHeading: "Files",
  submissionsHeading: "Reports read",
  noSubmissions: "No reports yet. Choose or drop the units' files.",
  fileQueued: "Waiting",
  fileReading: "Reading",
  fileParsing: "Checking",
  fileDone: "Done",
  fileFailed: "Unreadable",
  progressSummary: "{done}/{total} files read",
  statusAccepted: "Accepted",
  statusRejected: "Rejected",
  statusSuperseded: "Superseded",
  errorsCount: "{count} errors",
  warningsCount: "{count} warnings",
  unknownUnit: "(unit unknown)",
  unknownYear: "(year unknown)",
  currentWorkbook: "This workbook",
  fileIssues: "File issues",
  filterLabel: "Severity",
  filterAll: "All",
  severityError: "Error",
  severityWarning: "Warning",
  severityInfo: "Info",
  noIssues: "No issues with this filter.",
  goToCell: "Go to cell {cell}",
  cellShown: "Selected {sheet}!{cell}.",
  cellNotFound: 'Sheet "{sheet}" is not in this workbook.',
  cellInFile:
    'Cell {cell} is on sheet "{sheet}" of the file {source} (a picked file, not part of this workbook): open that file to fix it.',
  yearLabel: "Year",
  phaseLabel: "Phase",
  allYears: "All years",
  consolidateButton: "Consolidate",
  writeReport: "Write to the workbook",
  reportWritten: "Wrote {count} sheets: {names}.",
  downloadReport: "Download the consolidated workbook",
  nothingToConsolidate: "No accepted reports to consolidate yet.",
  phaseTotals: "New models per phase",
  phaseField: "Field",
  total: "Total",
  chartsLoading: "Drawing charts…",
  chartCumulativeByField: "Cumulative by field",
  chartNewByField: "New models per year by field",
  chartByLevel: "Cumulative by recognition level",
  chartByType: "Cumulative by model type",
  chartPhases: "Phase comparison (new models)",
  chartCompleteness: "Submissions (units × years)",
  models: "Models",
  stateOnTime: "On time",
  stateLate: "Late",
  stateMissing: "Missing",
  stateRejected: "Rejected",
  unit: "Unit",
  insertCharts: "Insert charts into the workbook",
  chartsInserted: 'Inserted {count} charts on the "Xu hướng" sheet.',
  savePng: "Save as PNG",
  settingsDeadline: "Deadline (day/month)",
  settingsDay: "Day",
  settingsMonth: "Month",
  settingsYears: "Years consolidated",
  settingsFrom: "From",
  settingsTo: "To",
  settingsPhases: "Phases (one per line: first year–last year)",
  settingsSave: "Save settings",
  settingsSaved: "Settings saved.",
  settingsInvalid: "Settings are not valid: {reason}",
  badDay: "the deadline day must be 1 to 31",
  badMonth: "the deadline month must be 1 to 12",
  badYears: "the year range must be two years from 1990 to 2100, the first not after the last",
  badPhase: 'the phase "{line}" is not understood (write it as 2016-2020)',
  badPhaseOrder: "phase {line} starts after it ends",
  insertTemplate: "Create report template",
  templateInserted: 'Created sheet "{name}".',
  working: "Working…",
  failed: "Could not do it: {reason}. Try again; if it keeps failing, close and reopen the add-in.",
  notSupported: "This version of Excel does not support this ({feature}).",
  previewNote: "Preview: no Excel here; the workbook is simulated beside the pane.",
  sheetViewTitle: "Workbook (simulated)",
  sheetViewEmpty: "The workbook has no sheets yet.",
  sourceCopies: "Copies of imported files",
  chartLabel: "Chart",
  unreadable: "Unreadable file",
  sheetTooLarge:
    'Sheet "{name}" is too large to read (over 1 million cells). If it holds a unit\'s report, copy the report to a sheet of its own.',
  noticesLabel: "Notes",
  useAlias: "Use “{suggestion}” for “{label}”",
  aliasAdded: "Added to the Danh mục sheet: “{text}” means “{label}”. The files were checked again.",
  toolsHeading: "Tools",
  convertLegacy: "Convert to Unicode",
  convertLegacyHint:
    "Select cells typed in a TCVN3 (.VnTime…) or VNI font, then press the button. You see which cells would change; nothing is written until you confirm.",
  conversionFound: "Range {range}: {count} cells would be converted to Unicode (see the list).",
  conversionNone: "Range {range} has no cell to convert.",
  conversionApply: "Write the changes",
  conversionCancel: "Cancel",
  conversionBefore: "Before",
  conversionAfter: "After",
  conversionDone: "Converted {count} cells to Unicode.",
  conversionSkipped: "Skipped because they were edited after the preview: {cells}.",
  trendViewLabel: "Units shown",
  trendReported: "As reported",
  trendRebased: "Re-based on today's units",
  trendViewNote:
    "District totals are the same in both views; the per-unit chart differs: merged units are added to their successor.",
  chartByUnit: "Cumulative by unit",
  reformBreak: "{date}: administrative units reorganised",
};

/** Translates a message key, filling `{name}` slots; unknown slots render as "?". */
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * Builds the translator for one language.
 *
 * @param lang - "vi" or "en"
 * @returns the translate function
 * @example
 * createTranslator("vi")("errorsCount", { count: 2 }) //=> "2 lỗi"
 */
export function createTranslator(lang: Lang): Translate {
  const table: Record<MessageKey, string> = lang === "en" ? EN : VI;
  return (key, params = {}) =>
    table[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      return value === undefined ? "?" : String(value);
    });
}

/**
 * Chooses the pane's language from Office's display language: Vietnamese unless Office says otherwise.
 *
 * @param displayLanguage - e.g. "vi-VN", "en-US"; undefined outside Office
 * @param override - an explicit choice (e.g. from `?lang=en`), wins when valid
 * @returns "vi" or "en"
 * @example
 * chooseLanguage("en-US") //=> "en"
 */
export function chooseLanguage(displayLanguage: string | undefined | null, override?: string | null): Lang {
  if (override === "vi" || override === "en") return override;
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** Every key, for tests that check both tables are complete. */
export const MESSAGE_KEYS = Object.keys(VI) as MessageKey[];
