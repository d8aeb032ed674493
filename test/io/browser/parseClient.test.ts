import { describe, expect, it } from "@jest/globals";
import { defaultOptions } from "../../../src/core/options";
import { ParseClient, type WorkerLike } from "../../../src/io/browser/parseClient";
import type { ParseRequest, ParseResponse } from "../../../src/io/browser/parseProtocol";

/** A fake worker: answers each request with `reply(request)`; "hang" never answers, "crash" raises an error event. */
class FakeWorker implements WorkerLike {
  static created = 0;
  terminated = false;
  onmessage: ((event: MessageEvent<ParseResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.created++;
  }
  postMessage(message: ParseRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      if (message.source.startsWith("hang")) return;
      if (message.source.startsWith("crash"))
        return this.onerror?.({ message: "out of memory", preventDefault: () => undefined } as unknown as ErrorEvent);
      const response: ParseResponse = {
        id: message.id,
        ok: true,
        result: { source: message.source, submissions: [], issues: [] },
        workbook: message.keepSheets ? { source: message.source, sheets: [] } : null,
        sheetNames: [],
      };
      this.onmessage?.({ data: response } as MessageEvent<ParseResponse>);
    }, 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const bytes = () => new Uint8Array([1, 2, 3]);

describe("ParseClient", () => {
  it("returns the worker's result for each file, in order", async () => {
    const client = new ParseClient(() => new FakeWorker(), 1000);
    const results = await Promise.all(
      ["a.xlsx", "b.xlsx"].map((name, i) => client.parse(bytes(), name, defaultOptions(2025), i)),
    );
    expect(results.map((r) => [r.result.source, r.workbook])).toEqual([
      ["a.xlsx", null],
      ["b.xlsx", null],
    ]);
  });
  it("returns the sheets when asked", async () => {
    const client = new ParseClient(() => new FakeWorker(), 1000);
    const { workbook } = await client.parse(bytes(), "a.xlsx", defaultOptions(2025), 0, true);
    expect(workbook).toEqual({ source: "a.xlsx", sheets: [] });
  });
  it("turns a hanging file into a parse-timeout issue and still reads the next file with a new worker", async () => {
    FakeWorker.created = 0;
    const client = new ParseClient(() => new FakeWorker(), 50);
    const [hung, next] = await Promise.all([
      client.parse(bytes(), "hang.xlsx", defaultOptions(2025), 0),
      client.parse(bytes(), "ok.xlsx", defaultOptions(2025), 1),
    ]);
    expect(hung.result.issues.map((i) => [i.code, i.source, i.params.limit])).toEqual([
      ["parse-timeout", "hang.xlsx", 0],
    ]);
    expect(next.result.issues).toEqual([]);
    expect(FakeWorker.created).toBe(2);
  });
  it("turns a worker crash into an unreadable-file issue naming the reason", async () => {
    const client = new ParseClient(() => new FakeWorker(), 1000);
    const [crashed, next] = await Promise.all([
      client.parse(bytes(), "crash.xlsx", defaultOptions(2025), 0),
      client.parse(bytes(), "ok.xlsx", defaultOptions(2025), 1),
    ]);
    expect(crashed.result.issues.map((i) => [i.code, i.params.reason])).toEqual([["unreadable-file", "out of memory"]]);
    expect(next.result.source).toBe("ok.xlsx");
  });
  it("resolves queued files as unreadable when disposed", async () => {
    const client = new ParseClient(() => new FakeWorker(), 1000);
    const pending = client.parse(bytes(), "hang.xlsx", defaultOptions(2025), 0);
    client.dispose();
    expect((await pending).result.issues.map((i) => i.code)).toEqual(["unreadable-file"]);
  });
});

describe("ParseClient pool", () => {
  it("reads up to `size` files at once, one per worker, and keeps each result with its file", async () => {
    FakeWorker.created = 0;
    const client = new ParseClient(() => new FakeWorker(), 1000, 3);
    expect(client.size).toBe(3);
    const names = Array.from({ length: 10 }, (_, i) => `f${i}.xlsx`);
    const results = await Promise.all(names.map((name, i) => client.parse(bytes(), name, defaultOptions(2025), i)));
    expect(results.map((r) => r.result.source)).toEqual(names);
    expect(FakeWorker.created).toBe(3);
  });
  it("a hanging file holds only its own worker: the others go on reading", async () => {
    FakeWorker.created = 0;
    const client = new ParseClient(() => new FakeWorker(), 200, 2);
    const [hung, ...rest] = await Promise.all(
      ["hang.xlsx", "a.xlsx", "b.xlsx", "c.xlsx"].map((name, i) =>
        client.parse(bytes(), name, defaultOptions(2025), i),
      ),
    );
    expect(hung?.result.issues.map((i) => i.code)).toEqual(["parse-timeout"]);
    expect(rest.map((r) => r.result.issues)).toEqual([[], [], []]);
  });
});
