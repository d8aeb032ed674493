/** The bilingual usage text of `dvk`. */
export function helpText(): string {
  return `dvk — Tổng hợp Dân vận khéo / DVK Consolidator

Cách dùng / Usage:
  dvk validate <tệp hoặc thư mục…> [--json FILE|-] [--lang vi|en] [--deadline DD/MM] [--years 2016-2025]
      Kiểm tra báo cáo theo Mẫu 01-DVK / validate submissions.
  dvk consolidate <tệp hoặc thư mục…> [--out report.xlsx] [--json FILE|-] [--units FILE]
                  [--deadline DD/MM] [--years 2016-2025] [--force]
      Tổng hợp các báo cáo hợp lệ / consolidate accepted submissions.

Mã thoát / Exit codes: 0 ổn / ok; 1 có báo cáo bị lỗi / some submission has errors; 2 sai cú pháp / usage error.
`;
}
