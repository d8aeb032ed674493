import { describe, expect, it } from "@jest/globals";
import { addAlias } from "../../../src/core/store/addAlias";
import { buildAliasSheet } from "../../../src/core/store/buildAliasSheet";
import { parseAliasSheet } from "../../../src/core/store/parseAliasSheet";
import type { AliasEntry } from "../../../src/core/store/aliasEntry";
import type { CellValue, RawSheet } from "../../../src/core/types";
import { matchKey } from "../../../src/core/text/matchKey";

function raw(model: ReturnType<typeof buildAliasSheet>): RawSheet {
  return { name: model.name, rows: model.rows.map((r) => r.map((c): CellValue => (c === null ? null : c.v))) };
}

const ENTRIES: AliasEntry[] = [
  { dimension: "field", text: "KT-XH", code: "kinh-te" },
  { dimension: "level", text: "Cấp thôn", code: "xa" },
  { dimension: "measure", text: "Phát sinh mới", code: "new" },
];

describe("Danh mục alias sheet", () => {
  it("round-trips the entries and gives the alias table keyed by matchKey", () => {
    const parsed = parseAliasSheet(raw(buildAliasSheet(ENTRIES)));
    expect(parsed.entries).toEqual(ENTRIES);
    expect(parsed.aliases).toEqual({
      field: { [matchKey("KT-XH")]: "kinh-te" },
      level: { [matchKey("Cấp thôn")]: "xa" },
      measure: { [matchKey("Phát sinh mới")]: "new" },
    });
  });

  it("reads rows the officer typed however they spelled the group and the name", () => {
    const sheet = raw(buildAliasSheet([]));
    const typed = {
      ...sheet,
      rows: [...sheet.rows, ["LĨNH VỰC", "Văn hoá-XH", "văn hoá - xã hội"], ["Loại", "MH", "tap-the"]],
    };
    expect(parseAliasSheet(typed).aliases).toEqual({
      field: { [matchKey("Văn hóa XH")]: "van-hoa-xa-hoi" },
      type: { [matchKey("MH")]: "tap-the" },
    });
  });

  it("keeps rows it cannot read through a rewrite", () => {
    const sheet = raw(buildAliasSheet(ENTRIES));
    const typed = { ...sheet, rows: [...sheet.rows, ["Lĩnh vực", "Môi trường", "Không có tên này"]] };
    const parsed = parseAliasSheet(typed);
    expect(parsed.unreadableCells).toEqual([["Lĩnh vực", "Môi trường", "Không có tên này"]]);
    expect(parsed.unreadableRows).toEqual([typed.rows.length]);
    const again = parseAliasSheet(raw(buildAliasSheet(parsed.entries, parsed.unreadableCells)));
    expect([again.entries, again.unreadableCells]).toEqual([ENTRIES, parsed.unreadableCells]);
  });

  it("does not recognise a sheet without the header", () => {
    expect(parseAliasSheet({ name: "Danh mục", rows: [["của tôi"]] }).recognised).toBe(false);
  });
});

describe("addAlias", () => {
  it("appends a new spelling and re-points a known one, without mutating", () => {
    const before = structuredClone(ENTRIES);
    const added = addAlias(ENTRIES, { dimension: "field", text: "VH XH", code: "van-hoa-xa-hoi" });
    expect(added).toHaveLength(4);
    const moved = addAlias(ENTRIES, { dimension: "field", text: "kt xh", code: "khac" });
    expect(moved.map((e) => e.code)).toEqual(["khac", "xa", "new"]);
    expect(ENTRIES).toEqual(before);
  });
});
