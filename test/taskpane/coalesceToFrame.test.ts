import { describe, expect, it } from "@jest/globals";
import { coalesceToFrame } from "../../src/taskpane/coalesceToFrame";

describe("coalesceToFrame", () => {
  it("runs a burst of calls once, later; flush runs a pending call now, cancel drops it", async () => {
    let runs = 0;
    const render = coalesceToFrame(() => runs++, 5);
    for (let i = 0; i < 100; i++) render.schedule();
    expect(runs).toBe(0);
    await new Promise((ok) => setTimeout(ok, 20));
    expect(runs).toBe(1);
    render.schedule();
    render.flush();
    expect(runs).toBe(2);
    render.schedule();
    render.cancel();
    await new Promise((ok) => setTimeout(ok, 20));
    expect(runs).toBe(2);
  });
});
