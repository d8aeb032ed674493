import { encodeLegacyText, type RawSheet } from "../../src/core";
import type { FakeExcel } from "./fakeExcel";

const DAY_MS = 86_400_000;

/** Text in capitals only, as headings are typed (in TCVN3 with the all-capital font .VnTimeH). */
export function isCapitals(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/**
 * Puts a core RawSheet into the fake as an old TCVN3 template holds it: headings in capitals typed as
 * lowercase codes in .VnTimeH, other text in .VnTime, numbers as they are, dates as serials.
 */
export function addTcvn3Sheet(fake: FakeExcel, sheet: RawSheet): void {
  const data = fake.addSheet(sheet.name, []);
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "") return;
      const cell = data.at((sheet.origin?.r ?? 0) + r, (sheet.origin?.c ?? 0) + c);
      if (typeof v === "string") {
        const capitals = isCapitals(v);
        cell.value = encodeLegacyText(v, "tcvn3", { uppercase: capitals });
        cell.font.name = capitals ? ".VnTimeH" : ".VnTime";
      } else if (v instanceof Date) {
        cell.value = (v.getTime() - Date.UTC(1899, 11, 30)) / DAY_MS;
        cell.numberFormat = "dd/mm/yyyy";
      } else if (typeof v === "object") cell.value = v.error;
      else {
        cell.value = v;
        // Number cells of an old template carry its font too: never a reason to convert anything.
        cell.font.name = ".VnTime";
      }
    }),
  );
}
