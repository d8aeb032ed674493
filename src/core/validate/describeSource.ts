import { bilingual } from "../issues/makeIssue";
import type { HeaderSource } from "../parse/types";
import type { LocalizedText } from "../types";

/**
 * Says in both languages where a header value was read, quoting what was written there, for the
 * `{where}` of `unit-inferred`, `year-inferred` and `year-mismatch`.
 *
 * @param from - the place the value was read from
 * @param raw - the text written there (the issuer line, the title, the date, the sheet or file name)
 * @param previousYear - for a report date: the date is in January or February and points to the year before
 * @returns the phrase pair
 * @example
 * describeSource("file-name", "xa-yen-lac-2016.xlsx") //=> { vi: "tên tệp \"xa-yen-lac-2016.xlsx\"", en: "the file name \"xa-yen-lac-2016.xlsx\"" }
 */
export function describeSource(from: HeaderSource, raw: string, previousYear = false): LocalizedText {
  switch (from) {
    case "issuer":
      return bilingual(`dòng tên cơ quan ban hành "${raw}"`, `the issuer line "${raw}"`);
    case "title":
      return bilingual(`tiêu đề "${raw}"`, `the title "${raw}"`);
    case "report-date":
      return previousYear
        ? bilingual(
            `ngày báo cáo "${raw}" (báo cáo lập đầu năm sau cho năm trước)`,
            `the report date "${raw}" (a report signed early in the next year covers the year before)`,
          )
        : bilingual(`ngày báo cáo "${raw}"`, `the report date "${raw}"`);
    case "sheet-name":
      return bilingual(`tên trang tính "${raw}"`, `the sheet name "${raw}"`);
    case "file-name":
      return bilingual(`tên tệp "${raw}"`, `the file name "${raw}"`);
  }
}
