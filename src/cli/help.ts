import { FIRST_REPORT_YEAR } from "../core";

/**
 * The bilingual usage text of `dvk`.
 *
 * @param currentYear - the current year (the default year range ends there)
 * @returns the help text
 * @example
 * process.stdout.write(helpText(new Date().getFullYear()));
 */
export function helpText(currentYear: number): string {
  return `dvk — Tổng hợp Dân vận khéo / DVK Consolidator

Cách dùng / Usage:
  dvk validate <tệp hoặc thư mục…> [--json FILE|-] [--lang vi|en] [--deadline DD/MM] [--years A-B]
               [--aliases FILE]
      Kiểm tra báo cáo theo Mẫu 01-DVK / validate submissions.
  dvk consolidate <tệp hoặc thư mục…> [--out report.xlsx] [--json FILE|-] [--units FILE] [--aliases FILE]
                  [--deadline DD/MM] [--years A-B] [--lang vi|en] [--force] [--summary]
      Tổng hợp các báo cáo hợp lệ / consolidate accepted submissions.

Tùy chọn / Options:
  --json FILE|-      ghi kết quả JSON vào tệp (ghi đè tệp đã có), hoặc "-" ra màn hình
                     / write JSON to FILE (replacing it if it exists) or to stdout
  --lang vi|en       ngôn ngữ thông báo (mặc định vi) / message language (default vi)
  --deadline DD/MM   hạn nộp hằng năm (mặc định 30/10) / yearly deadline (default 30/10)
  --years A-B        khoảng năm tổng hợp (mặc định ${FIRST_REPORT_YEAR}-${currentYear}, đến năm hiện tại)
                     / year range (default ${FIRST_REPORT_YEAR}-${currentYear}, up to the current year)
  --out FILE         ghi báo cáo tổng hợp .xlsx / write the report workbook
  --units FILE       danh sách đơn vị (.csv hoặc .xlsx) / units registry
  --aliases FILE     danh mục cách ghi (.csv hoặc .xlsx, cột Nhóm | Cách ghi trong báo cáo | Hiểu là,
                     như trang "Danh mục") / label aliases, same columns as the "Danh mục" sheet
  --force            cho phép ghi đè tệp báo cáo --out đã có (có thể là tệp của cán bộ)
                     / allow overwriting an existing --out report workbook (it may be an officer's file)
  --summary          in tóm tắt (đơn vị, năm, số báo cáo, vấn đề, tổng năm mới nhất) / print the summary

Thư mục được duyệt đệ quy tìm .xlsx/.xls/.ods/.csv (bỏ qua tệp khóa ~$).
Folders are searched recursively for .xlsx/.xls/.ods/.csv (Excel lock files ~$ are skipped).

Mã thoát / Exit codes: 0 ổn / ok; 1 có báo cáo bị lỗi / some submission has errors; 2 sai cú pháp / usage error.
`;
}
