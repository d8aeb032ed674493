import { readFileSync } from "node:fs";
import path from "node:path";

/** A legacy-encoded sample and its Unicode twin, as listed in assets/samples/expected.json ("legacyTwins"). */
export interface LegacyTwin {
  readonly file: string;
  readonly sheet: string;
  readonly encoding: string;
  readonly twin: { readonly file: string; readonly sheet: string };
  readonly unitCode: string;
  readonly unitName: string;
  readonly year: number;
  readonly entries: readonly { field: string; level: string; type: string; new: number; cumulative: number }[];
}

/** The assets folder of the repository. */
export const ASSETS = path.join(__dirname, "..", "..", "assets");

/** The legacy twins the sample generator recorded. */
export function loadLegacyTwins(): LegacyTwin[] {
  const expected = JSON.parse(readFileSync(path.join(ASSETS, "samples", "expected.json"), "utf8")) as {
    legacyTwins?: LegacyTwin[];
  };
  return expected.legacyTwins ?? [];
}
