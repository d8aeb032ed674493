import { describe, expect, it } from "@jest/globals";
import { mergeOwnership } from "../../src/excel/mergeOwnership";
import { EMPTY_OWNERSHIP, type OwnershipRecord } from "../../src/excel/ownership";

const rec = (
  sheets: Record<string, string>,
  highlightSheets: string[] = [],
  signatures?: Record<string, string>,
): OwnershipRecord => ({ version: 1, sheets, highlightSheets, ...(signatures ? { signatures } : {}) });

describe("mergeOwnership", () => {
  it("keeps what another runtime recorded and adds what this one did", () => {
    const merged = mergeOwnership(
      EMPTY_OWNERSHIP,
      rec({ "kiem-tra": "Kiểm tra" }, ["Xã A"]),
      rec({ "tong-hop": "Tổng hợp" }, ["Xã B"]),
    );
    expect(merged.sheets).toEqual({ "kiem-tra": "Kiểm tra", "tong-hop": "Tổng hợp" });
    expect([...merged.highlightSheets].sort()).toEqual(["Xã A", "Xã B"]);
  });

  it("lets the later write win where both changed a key, and keeps the saved value where this one changed nothing", () => {
    const base = rec({ "kiem-tra": "Kiểm tra", "tong-hop": "Tổng hợp" }, [], { "kiem-tra": "a" });
    const theirs = rec({ "kiem-tra": "Kiểm tra (2)", "tong-hop": "Tổng hợp (2)" }, [], { "kiem-tra": "b" });
    const ours = rec({ "kiem-tra": "Kiểm tra (3)", "tong-hop": "Tổng hợp" }, [], { "kiem-tra": "a" });
    expect(mergeOwnership(base, ours, theirs)).toEqual(
      rec({ "kiem-tra": "Kiểm tra (3)", "tong-hop": "Tổng hợp (2)" }, [], { "kiem-tra": "b" }),
    );
  });

  it("drops a highlighted sheet this runtime cleared, but not one the other runtime added meanwhile (ignoring case)", () => {
    const merged = mergeOwnership(rec({}, ["Xã A"]), rec({}, []), rec({}, ["xã a", "Xã C"]));
    expect(merged.highlightSheets).toEqual(["Xã C"]);
  });

  it("does not mutate its inputs", () => {
    const base = rec({ a: "A" });
    const ours = rec({ a: "B" });
    const theirs = rec({ c: "C" });
    const copies = JSON.stringify([base, ours, theirs]);
    mergeOwnership(base, ours, theirs);
    expect(JSON.stringify([base, ours, theirs])).toBe(copies);
  });
});
