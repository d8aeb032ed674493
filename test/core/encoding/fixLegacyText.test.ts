import { describe, expect, it } from "@jest/globals";
import { encodeLegacyText } from "../../../src/core/encoding/encodeLegacyText";
import { fixLegacyText } from "../../../src/core/encoding/fixLegacyText";

describe("fixLegacyText", () => {
  it("converts TCVN3 and VNI text and says from what", () => {
    expect(fixLegacyText("Céng hßa x· héi chñ nghÜa ViÖt Nam")).toEqual({
      text: "Cộng hòa xã hội chủ nghĩa Việt Nam",
      encoding: "tcvn3",
    });
    expect(fixLegacyText("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).toEqual({
      text: "Cộng hòa xã hội chủ nghĩa Việt Nam",
      encoding: "vni",
    });
  });

  it("decodes a .VnTimeH cell as capitals", () => {
    expect(fixLegacyText("céng hßa x· héi chñ nghÜa viÖt nam", ".VnTimeH")).toEqual({
      text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      encoding: "tcvn3",
    });
    expect(
      fixLegacyText(encodeLegacyText("ỦY BAN MẶT TRẬN TỔ QUỐC", "tcvn3", { uppercase: true }), ".VnArialH").text,
    ).toBe("ỦY BAN MẶT TRẬN TỔ QUỐC");
  });

  it("decides per cell when one workbook mixes encodings", () => {
    const cells: readonly (readonly [string, string | undefined])[] = [
      ["Tæng sè m« h×nh", undefined],
      ["Daân vaän kheùo", undefined],
      ["Văn hóa – Xã hội", undefined],
      ["Total", undefined],
      ["kinh tÕ", ".VnTime"],
      ["Quoác phoøng", "VNI-Times"],
      ["lÜnh vùc", ".VnTimeH"],
    ];
    expect(cells.map(([text, font]) => fixLegacyText(text, font))).toEqual([
      { text: "Tổng số mô hình", encoding: "tcvn3" },
      { text: "Dân vận khéo", encoding: "vni" },
      { text: "Văn hóa – Xã hội", encoding: null },
      { text: "Total", encoding: null },
      { text: "kinh tế", encoding: "tcvn3" },
      { text: "Quốc phòng", encoding: "vni" },
      { text: "LĨNH VỰC", encoding: "tcvn3" },
    ]);
  });

  it("converts legacy words mixed with codes, numbers and abbreviations in one cell", () => {
    expect(fixLegacyText("UBND x· T©n An (m· 01), n¨m 2023: 12 m« h×nh")).toEqual({
      text: "UBND xã Tân An (mã 01), năm 2023: 12 mô hình",
      encoding: "tcvn3",
    });
    expect(fixLegacyText("Maãu 01-DVK: Ñaûng uûy xaõ")).toEqual({ text: "Mẫu 01-DVK: Đảng ủy xã", encoding: "vni" });
  });

  it("returns text that needs nothing unchanged, with a null encoding", () => {
    for (const text of ["Cộng hòa", "café", "Müller", "1.277", "", "Nam"])
      expect(fixLegacyText(text)).toEqual({ text, encoding: null });
    expect(fixLegacyText("Nam", ".VnTime")).toEqual({ text: "Nam", encoding: null });
  });
});
