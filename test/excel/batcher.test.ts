import { describe, expect, it } from "@jest/globals";
import type { SheetModel } from "../../src/core";
import { Batcher, payloadOf } from "../../src/excel/batcher";
import { ALL_CAPS, MIN_CAPS } from "../../src/excel/caps";
import { queueSheetWrite } from "../../src/excel/writeSheet";
import { FakeExcel } from "./fakeExcel";

function bigSheet(rows: number): SheetModel {
  return {
    key: "du-lieu",
    name: "Dữ liệu",
    rows: Array.from({ length: rows }, (_, r) => [
      { v: `Đơn vị số ${r} với một cái tên khá dài để tăng kích thước` },
      { v: r, fmt: "#,##0" },
      { v: r * 2, f: `B${r + 1}*2` },
    ]),
    merges: [],
    styles: [],
    columnWidths: [],
  };
}

/** Records the payload bytes sent with each sync. */
function recordPayloads(fake: FakeExcel): number[] {
  const perSync: number[] = [];
  const sync = fake.context.sync;
  let last = 0;
  fake.context.sync = async () => {
    perSync.push(fake.payloadBytes - last);
    last = fake.payloadBytes;
    await sync();
  };
  return perSync;
}

describe("Batcher", () => {
  it("runs everything in one sync when the payload is under the limit", async () => {
    const fake = new FakeExcel();
    const ws = fake.ctx.workbook.worksheets.add("Dữ liệu");
    const batcher = new Batcher();
    queueSheetWrite(batcher, ws, bigSheet(3000), ALL_CAPS, new Map());
    expect(await batcher.flush(fake.ctx, ALL_CAPS)).toBe(1);
    expect(fake.calls.filter((c) => c === "suspendApiCalculationUntilNextSync")).toHaveLength(1);
  });

  it("splits a write over the request limit into batches under it, each followed by a sync, losing nothing", async () => {
    const fake = new FakeExcel();
    const perSync = recordPayloads(fake);
    const ws = fake.ctx.workbook.worksheets.add("Dữ liệu");
    const limit = 400_000;
    const batcher = new Batcher(limit);
    queueSheetWrite(batcher, ws, bigSheet(9000), MIN_CAPS, new Map());
    const syncs = await batcher.flush(fake.ctx, MIN_CAPS);
    expect(syncs).toBeGreaterThan(1);
    expect(perSync).toHaveLength(syncs);
    for (const bytes of perSync) expect(bytes).toBeLessThanOrEqual(limit);
    const s = fake.sheet("Dữ liệu");
    expect([s.cell("A9000").value, s.cell("B9000").value, s.cell("C9000").formula]).toEqual([
      "Đơn vị số 8999 với một cái tên khá dài để tăng kích thước",
      8999,
      "=B9000*2",
    ]);
    expect(fake.calls).not.toContain("suspendApiCalculationUntilNextSync");
  });

  it("measures payload in UTF-8 bytes, not UTF-16 characters", () => {
    expect(payloadOf([["Đơn vị"]])).toBe(new TextEncoder().encode('[["Đơn vị"]]').length + 64);
  });

  it("halves a batch Excel on the web refuses as too large and retries it, running every operation once", async () => {
    const fake = new FakeExcel({}, { platform: "web" });
    const ws = fake.ctx.workbook.worksheets.add("Dữ liệu");
    await fake.ctx.sync();
    // Estimates far below the real size (as the old character count was for Vietnamese text).
    const batcher = new Batcher();
    const block = Array.from({ length: 20_000 }, () => Array.from({ length: 10 }, () => "Đơn vị"));
    for (let i = 0; i < 4; i++)
      batcher.add(1_000, () => (ws.getRange(`A${i * 20_000 + 1}:J${(i + 1) * 20_000}`).values = block));
    batcher.add(300, () => ws.getRange("L1").conditionalFormats.add("Custom" as Excel.ConditionalFormatType));
    const syncs = await batcher.flush(fake.ctx, ALL_CAPS);
    expect(syncs).toBeLessThanOrEqual(8);
    expect(fake.sheet("Dữ liệu").cell("J80000").value).toBe("Đơn vị");
    expect(fake.sheet("Dữ liệu").cfs).toHaveLength(1);
  });
});
