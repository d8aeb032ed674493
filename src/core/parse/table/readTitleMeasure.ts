import { MEASURE_MEANINGS } from "../../catalogue/vocabulary";
import { matchKey } from "../../text/matchKey";
import type { MeasureCode } from "../../types";
import type { Grid } from "../grid";

/** Rows from the top where a title may stand. */
const TITLE_ROWS = 12;
/** A title line is a sentence: shorter texts are labels, read by the header. */
const MIN_TITLE_WORDS = 4;

/** The measure phrases, as word runs of their match keys. */
const PHRASES: readonly (readonly [MeasureCode, string])[] = MEASURE_MEANINGS.flatMap((m) =>
  m.strong.map((w) => [m.code, ` ${matchKey(w)} `] as const),
);

/** The measures one text names. */
function measuresOf(text: string): Set<MeasureCode> {
  const key = ` ${matchKey(text)} `;
  return new Set(PHRASES.filter(([, phrase]) => key.includes(phrase)).map(([code]) => code));
}

/**
 * The measure a consolidated table's title names, for a table whose headers name none: "TỔNG HỢP MÔ HÌNH
 * DÂN VẬN KHÉO LŨY KẾ ĐẾN NĂM 2020" is cumulative, "… CÔNG NHẬN MỚI TRONG NĂM 2020" is new. Read with the
 * words of the measures' meanings (`MEASURE_MEANINGS`) in the title lines (texts of four words or more) of
 * the sheet's first rows; a title naming both measures, or none, names none.
 *
 * @param grid - the sheet
 * @returns the measure, or null
 * @example
 * readTitleMeasure(toGrid({ name: "S", rows: [["SỐ MÔ HÌNH LŨY KẾ ĐẾN NĂM 2020"]] })) //=> "cumulative"
 */
export function readTitleMeasure(grid: Grid): MeasureCode | null {
  const named = new Set<MeasureCode>();
  for (let r = 0; r < Math.min(grid.height, TITLE_ROWS); r++) {
    for (let c = 0; c < grid.width; c++) {
      const text = grid.text(r, c);
      if (text.split(/\s+/u).length < MIN_TITLE_WORDS) continue;
      for (const code of measuresOf(text)) named.add(code);
    }
  }
  return named.size === 1 ? ([...named][0] as MeasureCode) : null;
}
