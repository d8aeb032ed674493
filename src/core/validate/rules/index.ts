import type { Rule } from "../rule";
import { countCells } from "./countCells";
import { cumulativeVsNew } from "./cumulativeVsNew";
import { detailRows } from "./detailRows";
import { droppedValues } from "./droppedValues";
import { fieldRows } from "./fieldRows";
import { headerFields } from "./headerFields";
import { labelReadings } from "./labelReadings";
import { legacyEncoding } from "./legacyEncoding";
import { listCounts } from "./listCounts";
import { measureColumns } from "./measureColumns";
import { reportDate } from "./reportDate";
import { totals } from "./totals";
import { yearMismatch } from "./yearMismatch";

/**
 * Every validation rule, registered explicitly, in the order their issues are listed: header,
 * structure, label readings, cells, sums, details, dropped values, the Mẫu 02 list, encodings.
 *
 * @example
 * RULES.map((rule) => rule.id) //=> ["header-fields", "report-date", "year-mismatch", …]
 */
export const RULES: readonly Rule[] = [
  headerFields,
  reportDate,
  yearMismatch,
  measureColumns,
  fieldRows,
  labelReadings,
  countCells,
  cumulativeVsNew,
  totals,
  detailRows,
  droppedValues,
  listCounts,
  legacyEncoding,
];
