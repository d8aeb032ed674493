// The fake refuses what Excel refuses (house rule: a fake is at least as strict as the thing it stands for).
// Each test here would fail on a lenient fake. Sources: office-js.md "What real Excel refuses".
import { describe, expect, it } from "@jest/globals";
import { FakeExcel, FakeOfficeError, WEB_PAYLOAD_LIMIT } from "./fakeExcel";
import type { FakeRuntimeSettings } from "./fakeSettings";

/** A sheet "K" protected as the template protects it, with B2 unlocked. */
async function protectedBook(
  options: Record<string, unknown> = { allowFormatColumns: true, allowFormatRows: true },
  password?: string,
) {
  const fake = new FakeExcel({
    K: [
      ["nhãn", null],
      [null, 1],
    ],
  });
  const ws = fake.ctx.workbook.worksheets.getItem("K");
  ws.getRange("B2").format.protection.locked = false;
  (ws.protection as unknown as { protect(o: unknown, p?: string): void }).protect(options, password);
  await fake.ctx.sync();
  return { fake, ws: fake.ctx.workbook.worksheets.getItem("K") };
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return error instanceof FakeOfficeError ? error.code : String(error);
  }
}

describe("fake protection", () => {
  it("refuses values on locked cells, formats, validation and conditional formats on a protected sheet", async () => {
    const { fake, ws } = await protectedBook();
    const attempts: [string, () => void][] = [
      ["values on a locked cell", () => (ws.getRange("A1").values = [["x"]])],
      ["fill", () => (ws.getRange("A1").format.fill.color = "#FFC7CE")],
      ["font", () => (ws.getRange("B2").format.font.bold = true)],
      ["number format", () => (ws.getRange("B2").numberFormat = [["@"]])],
      ["validation", () => ws.getRange("B2").dataValidation.clear()],
      ["conditional format", () => ws.getRange("B2").conditionalFormats.add("Custom" as Excel.ConditionalFormatType)],
      ["merge", () => ws.getRange("A1:B1").merge(false)],
      ["clear", () => ws.getRange().clear()],
    ];
    for (const [what, attempt] of attempts) {
      attempt();
      expect([what, await code(fake.ctx.sync())]).toEqual([what, "AccessDenied"]);
    }
    expect(fake.sheet("K").cfs).toEqual([]);
    expect(fake.sheet("K").cell("A1").value).toBe("nhãn");
  });

  it("lets values into unlocked cells and what the protection options allow", async () => {
    const { fake, ws } = await protectedBook({ allowFormatCells: true, allowFormatColumns: true });
    ws.getRange("B2").values = [[5]];
    ws.getRange("A1").format.fill.color = "#FFEB9C";
    ws.getRange("A1").format.columnWidth = 80;
    await fake.ctx.sync();
    expect([
      fake.sheet("K").cell("B2").value,
      fake.sheet("K").cell("A1").fill,
      fake.sheet("K").columnWidths.get(0),
    ]).toEqual([5, "#FFEB9C", 80]);
  });

  it("loads protection/protected, refuses protect() of a protected sheet and unprotect() without the password", async () => {
    const { fake, ws } = await protectedBook({}, "mật khẩu");
    ws.load("protection/protected");
    await fake.ctx.sync();
    expect(ws.protection.protected).toBe(true);
    ws.protection.protect();
    expect(await code(fake.ctx.sync())).toBe("InvalidOperation");
    ws.protection.unprotect();
    expect(await code(fake.ctx.sync())).toBe("InvalidArgument");
    ws.protection.unprotect("sai");
    expect(await code(fake.ctx.sync())).toBe("InvalidArgument");
    ws.protection.unprotect("mật khẩu");
    expect(await code(fake.ctx.sync())).toBe("ok");
    expect(fake.sheet("K").isProtected).toBe(false);
  });

  it("can emulate the 2026 regression where unprotect() of an unprotected sheet threw", async () => {
    const fake = new FakeExcel({ S: [["x"]] });
    fake.ctx.workbook.worksheets.getItem("S").protection.unprotect();
    expect(await code(fake.ctx.sync())).toBe("ok");
    fake.unprotectFailsWhenUnprotected = true;
    fake.ctx.workbook.worksheets.getItem("S").protection.unprotect();
    expect(await code(fake.ctx.sync())).toBe("GeneralException");
  });
});

describe("fake batch semantics", () => {
  it("fails the sync at the failing command: the commands before it stay applied, the ones after it and the loads are dropped", async () => {
    const { fake, ws } = await protectedBook();
    const other = fake.ctx.workbook.worksheets.add("Khác");
    other.getRange("A1").values = [["trước"]];
    ws.getRange("A1").format.fill.color = "#FFC7CE";
    other.getRange("A2").values = [["sau"]];
    const names = fake.ctx.workbook.worksheets;
    names.load("items/name");
    await expect(fake.ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.sheet("Khác").cell("A1").value).toBe("trước");
    expect(fake.sheet("Khác").peek(1, 0)).toBeUndefined();
    expect(() => names.items).toThrow(/read before load/);
    // The next batch starts clean.
    other.getRange("A2").values = [["lại"]];
    await fake.ctx.sync();
    expect(fake.sheet("Khác").cell("A2").value).toBe("lại");
  });

  it("applies writes only at sync", async () => {
    const fake = new FakeExcel({ S: [] });
    fake.ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
    fake.ctx.workbook.worksheets.add("Mới");
    expect(fake.sheet("S").peek(0, 0)).toBeUndefined();
    expect(fake.findSheet("Mới")).toBeUndefined();
    await fake.ctx.sync();
    expect([fake.sheet("S").cell("A1").value, fake.findSheet("Mới")?.name]).toEqual(["x", "Mới"]);
  });
});

describe("fake sheet names", () => {
  it.each([
    ["32 characters", "x".repeat(32), "InvalidArgument"],
    ["a backslash", "a\\b", "InvalidArgument"],
    ["a slash", "a/b", "InvalidArgument"],
    ["a question mark", "a?", "InvalidArgument"],
    ["a star", "a*", "InvalidArgument"],
    ["brackets", "[a]", "InvalidArgument"],
    ["a colon", "a:b", "InvalidArgument"],
    ["a leading apostrophe", "'a", "InvalidArgument"],
    ["nothing", "", "InvalidArgument"],
    ["another case of an existing name", "kiểm TRA", "ItemAlreadyExists"],
  ])("refuses a sheet named with %s, at sync", async (_what, name, expected) => {
    const fake = new FakeExcel({ "Kiểm tra": [["x"]] });
    fake.ctx.workbook.worksheets.add(name);
    expect(await code(fake.ctx.sync())).toBe(expected);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Kiểm tra"]);
  });

  it("accepts 31 characters and checks renames too", async () => {
    const fake = new FakeExcel({ A: [["x"]], B: [["y"]] });
    fake.ctx.workbook.worksheets.add("x".repeat(31));
    await fake.ctx.sync();
    fake.ctx.workbook.worksheets.getItem("B").name = "a";
    expect(await code(fake.ctx.sync())).toBe("ItemAlreadyExists");
  });
});

describe("fake payload limits (Excel on the web)", () => {
  // 900,000 cells of "Đơn vị" cost 9 JSON characters but 11 UTF-8 bytes each: under 5 million characters
  // of JSON, over 5 MB on the wire.
  const grid = (rows: number) => Array.from({ length: rows }, () => Array.from({ length: 10 }, () => "Đơn vị"));

  it("refuses a request over 5 MB in UTF-8 bytes though under 5 million characters, running none of it", async () => {
    const rows = grid(50_000);
    expect(JSON.stringify(rows).length).toBeLessThan(WEB_PAYLOAD_LIMIT);
    const fake = new FakeExcel({ S: [] }, { platform: "web" });
    const ws = fake.ctx.workbook.worksheets.getItem("S");
    ws.getRange("Z1").values = [["trước"]];
    ws.getRange("A1:J50000").values = rows;
    await expect(fake.ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.sheet("S").peek(0, 25)).toBeUndefined();
  });

  it("refuses a response over 5 MB in UTF-8 bytes", async () => {
    const fake = new FakeExcel({ S: grid(50_000) }, { platform: "web" });
    const range = fake.ctx.workbook.worksheets.getItem("S").getRange("A1:J50000");
    range.load("values");
    await expect(fake.ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("has no such limit on the desktop", async () => {
    const fake = new FakeExcel({ S: [] });
    fake.ctx.workbook.worksheets.getItem("S").getRange("A1:J50000").values = grid(50_000);
    await fake.ctx.sync();
    expect(fake.sheet("S").cell("J50000").value).toBe("Đơn vị");
  });
});

describe("fake Excel.run and cell edit mode", () => {
  it("fails a run without delayForCellEdit while the officer edits a cell, and waits with it", async () => {
    const fake = new FakeExcel({ S: [["x"]] });
    fake.cellEditMode = true;
    await expect(fake.run(async () => "done")).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await expect(fake.run({ delayForCellEdit: true }, async () => "done")).resolves.toBe("done");
    expect(fake.runs).toEqual([{}, { delayForCellEdit: true }]);
  });
});

describe("fake document settings (one copy per runtime)", () => {
  const saveAsync = (settings: FakeRuntimeSettings) =>
    new Promise<string>((resolve) => settings.saveAsync((result) => resolve(result.status)));
  const refreshAsync = (settings: FakeRuntimeSettings) =>
    new Promise<string>((resolve) => settings.refreshAsync((result) => resolve(result.status)));

  it("gives each runtime its own copy: a save in one is not seen by the other until it refreshes", async () => {
    const fake = new FakeExcel();
    const pane = fake.document.openRuntime();
    const ribbon = fake.document.openRuntime();
    ribbon.set("k", { from: "ribbon" });
    expect(pane.get("k")).toBeNull();
    expect(await saveAsync(ribbon)).toBe("succeeded");
    expect(pane.get("k")).toBeNull();
    expect(await refreshAsync(pane)).toBe("succeeded");
    expect(pane.get("k")).toEqual({ from: "ribbon" });
    expect(fake.document.openRuntime().get("k")).toEqual({ from: "ribbon" });
  });

  it("saves the runtime's whole copy: a stale runtime's save overwrites what the other saved", async () => {
    const fake = new FakeExcel();
    const pane = fake.document.openRuntime();
    const ribbon = fake.document.openRuntime();
    ribbon.set("a", 1);
    await saveAsync(ribbon);
    pane.set("b", 2);
    await saveAsync(pane);
    expect([fake.document.savedValue("a"), fake.document.savedValue("b")]).toEqual([null, 2]);
    pane.remove("b");
    await saveAsync(pane);
    expect(fake.document.saved).toBe("{}");
  });

  it("keeps JSON copies, drops unsaved changes on refresh, calls back later and can fail a save", async () => {
    const fake = new FakeExcel();
    const settings = fake.document.openRuntime();
    const value = { list: [1] };
    settings.set("v", value);
    value.list.push(2);
    expect(settings.get("v")).toEqual({ list: [1] });
    expect(() => settings.set("u", undefined)).toThrow();
    let called = false;
    settings.refreshAsync(() => (called = true));
    expect(called).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([called, settings.get("v")]).toEqual([true, null]);
    fake.document.failSaves = true;
    settings.set("v", 1);
    expect(await saveAsync(settings)).toBe("failed");
    expect(fake.document.saved).toBe("{}");
  });
});

describe("fake links", () => {
  it("lists HYPERLINK targets that name a sheet the workbook does not have", async () => {
    const fake = new FakeExcel({ "Xã A": [["x"]], K: [] });
    fake.ctx.workbook.worksheets.getItem("K").getRange("A1:B1").formulas = [
      [`=HYPERLINK("#'Xã A'!D9","D9")`, `=HYPERLINK("#'Xã Z'!D9","D9")`],
    ];
    await fake.ctx.sync();
    expect(fake.brokenLinks()).toEqual(["K!B1 → 'Xã Z'!D9"]);
  });
});
