import { baseName } from "../_lib/baseName";
import type { HeaderSource, HeaderValue, ParsedHeader } from "./types";
import { readUnitFromName } from "./readUnitFromName";
import { readYearValue } from "./readYearValue";
import { reportYearOfDate } from "./reportYearOfDate";

/** Everything besides the labelled fields that may name the unit or the year. */
export interface HeaderEvidence {
  /** The issuing body of the issuer block. */
  readonly issuer: { readonly name: string; readonly cell: string; readonly raw: string } | null;
  readonly titleYear: ParsedHeader["titleYear"];
  readonly reportDate: HeaderValue<string> | null;
  readonly placeDate: ParsedHeader["placeDate"];
  /** The sheet name and the file's path. */
  readonly sheet: string;
  readonly source: string;
}

/** An inferred header value. */
function inferred<T>(value: T, from: HeaderSource, cell: string | null, raw: string): HeaderValue<T> {
  return { labelCell: null, cell, raw, value, inferredFrom: from };
}

/** The unit from the issuer block, the sheet name, then the file name. */
function inferUnit(evidence: HeaderEvidence): HeaderValue<string> | null {
  if (evidence.issuer) return inferred(evidence.issuer.name, "issuer", evidence.issuer.cell, evidence.issuer.raw);
  const sheet = readUnitFromName(evidence.sheet);
  if (sheet) return inferred(sheet, "sheet-name", null, evidence.sheet);
  const file = baseName(evidence.source);
  const named = readUnitFromName(file);
  return named ? inferred(named, "file-name", null, file) : null;
}

/** The year from the title, the report date, the sheet name, then the file name. */
function inferYear(evidence: HeaderEvidence): HeaderValue<number> | null {
  const title = evidence.titleYear;
  if (title) return inferred(title.year, "title", title.cell, title.text ?? String(title.year));
  const labelledDate = evidence.reportDate?.value ? evidence.reportDate : null;
  // A date cell's raw text is ISO; quote it as officers write dates.
  if (labelledDate?.value)
    return inferred(
      reportYearOfDate(labelledDate.value),
      "report-date",
      labelledDate.cell,
      labelledDate.raw.replace(/^(\d{4})-(\d{2})-(\d{2})$/u, "$3/$2/$1"),
    );
  const place = evidence.placeDate;
  if (place) return inferred(reportYearOfDate(place.date), "report-date", place.cell, place.text ?? place.date);
  const sheet = readYearValue(evidence.sheet);
  if (sheet !== null) return inferred(sheet, "sheet-name", null, evidence.sheet);
  const file = baseName(evidence.source);
  const named = readYearValue(file);
  return named !== null ? inferred(named, "file-name", null, file) : null;
}

/**
 * The unit and the year a report states. The labelled fields ("Đơn vị báo cáo:", "Năm báo cáo:")
 * come first; when one is missing or empty, the value is read where an officer would look next —
 * the unit from the issuer block, the sheet name, then the file name; the year from the title,
 * the report date (a report dated January or February is the previous year's), the sheet name,
 * then the file name — and marked `inferredFrom`. When nothing names it, the labelled field (empty
 * or unreadable) is kept so the missing value can be reported at its cell.
 *
 * @param unit - the labelled unit field, if any
 * @param year - the labelled year field, if any
 * @param evidence - the other places that may name them
 * @returns the unit and the year to use
 * @example
 * inferUnitAndYear(null, null, { issuer: null, titleYear: null, reportDate: null, placeDate: null, sheet: "Sheet1", source: "xa-yen-lac-2016.xlsx" })
 * //=> { unit: { value: "Xa Yen Lac", inferredFrom: "file-name", … }, year: { value: 2016, inferredFrom: "file-name", … } }
 */
export function inferUnitAndYear(
  unit: HeaderValue<string> | null,
  year: HeaderValue<number> | null,
  evidence: HeaderEvidence,
): { unit: HeaderValue<string> | null; year: HeaderValue<number> | null } {
  return {
    unit: unit?.value ? unit : (inferUnit(evidence) ?? unit),
    year: year?.value != null ? year : (inferYear(evidence) ?? year),
  };
}
