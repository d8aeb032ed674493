import { describe, expect, it } from "@jest/globals";
import { mergeStore } from "../../../src/core/store/mergeStore";
import { submissionsFromStore } from "../../../src/core/store/submissionsFromStore";
import { makeSubmission } from "./fixtures";

describe("submissionsFromStore", () => {
  const old = makeSubmission();
  const corrected = makeSubmission({ source: "b.xlsx", id: "b.xlsx#2024", reportDate: "2024-11-30", base: 6 });
  const store = mergeStore(mergeStore([], [old], "t1"), [corrected], "t2");

  it("returns one submission per stored version, active ones accepted", () => {
    const subs = submissionsFromStore(store);
    expect(subs.map((s) => [s.id, s.status, s.entries.map((e) => e.new)])).toEqual([
      ["a.xlsx#2024", "superseded", [1, 2]],
      ["b.xlsx#2024", "accepted", [6, 7]],
    ]);
    expect(subs[1]).toMatchObject({
      unitName: "Xã Hòa An",
      year: 2024,
      reportDate: "2024-11-30",
      levels: ["xa"],
      tableRange: "A7:M14",
    });
  });

  it("leaves out what this run read again", () => {
    expect(submissionsFromStore(store, new Set(["b.xlsx#2024"])).map((s) => s.id)).toEqual(["a.xlsx#2024"]);
  });

  it("round-trips through mergeStore without adding rows", () => {
    expect(mergeStore(store, submissionsFromStore(store), "t3")).toEqual(store);
  });

  it("does not mutate the rows", () => {
    const snapshot = structuredClone(store);
    submissionsFromStore(store);
    expect(store).toEqual(snapshot);
  });
});
