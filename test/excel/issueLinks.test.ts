// Issue 12, finding 9: "Kiểm tra" links an issue's cell only where that cell is in this workbook. Issues of picked
// files name sheets this workbook does not have: a HYPERLINK to them says "Reference isn't valid" when clicked.
import { describe, expect, it } from "@jest/globals";
import { buildReportModel, consolidate, defaultOptions, validateWorkbook } from "../../src/core";
import { ALL_CAPS } from "../../src/excel/caps";
import { memoryOwnershipStore } from "../../src/excel/ownership";
import { readWorkbookSnapshot } from "../../src/excel/readSubmissionSheets";
import { writeReport } from "../../src/excel/writeReport";
import { buildForm, sampleCounts, withCount } from "../core/_fixtures/buildForm";
import { FakeExcel } from "./fakeExcel";

const OPTIONS = defaultOptions(2025);
const WORKBOOK = "Sổ làm việc hiện tại";

describe("links in Kiểm tra (issue 12, finding 9)", () => {
  it("links the issues of this workbook's sheets and no issue of a picked file", async () => {
    const negative = () => withCount(sampleCounts(), "kinh-te", "xa", "tap-the", "new", -1);
    const own = buildForm(negative(), { sheetName: "Xã A", unit: "Xã A", unitCode: "XA", year: 2024 });
    const picked = buildForm(negative(), { sheetName: "Xã Z", unit: "Xã Z", unitCode: "XZ", year: 2024 });
    const fake = new FakeExcel();
    const data = fake.addSheet("Xã A", []);
    own.sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "" && !(v instanceof Date) && typeof v !== "object")
          data.at((own.sheet.origin?.r ?? 0) + r, (own.sheet.origin?.c ?? 0) + c).value = v;
      }),
    );
    const snapshot = await readWorkbookSnapshot(fake.ctx, ALL_CAPS, memoryOwnershipStore().read(), WORKBOOK);
    const results = [
      validateWorkbook(snapshot.workbook, OPTIONS),
      validateWorkbook({ source: "bao-cao-xa-z.xlsx", sheets: [picked.sheet] }, OPTIONS),
    ];
    const model = buildReportModel(consolidate(results, OPTIONS), OPTIONS, { linkSources: [WORKBOOK] });
    await writeReport(fake.ctx, model, ALL_CAPS, memoryOwnershipStore());
    expect(fake.brokenLinks()).toEqual([]);
    const linked = [...fake.sheet("Kiểm tra").cells.values()]
      .filter((c) => c.formula?.startsWith("=HYPERLINK"))
      .map((c) => c.formula);
    expect(linked).toContain(
      `=HYPERLINK("#'Xã A'!${own.cell("kinh-te", "xa", "tap-the", "new")}","${own.cell("kinh-te", "xa", "tap-the", "new")}")`,
    );
    const texts = [...fake.sheet("Kiểm tra").cells.values()].map((c) => c.value);
    expect(texts).toContain("bao-cao-xa-z.xlsx");
  });
});
