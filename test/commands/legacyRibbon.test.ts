// Issue 12, finding 8: on the IE11 (Trident) and EdgeHTML webviews of volume-licensed Office 2016/2019 the ribbon's
// modern bundle cannot run. An ES5 stub (src/commands/legacyRibbon.js, loaded by commands.html) defines the three ribbon functions, shows the update
// message in a dialog and always completes the command (else the ribbon button stays busy).
import { describe, expect, it } from "@jest/globals";
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";

const SRC = path.resolve(__dirname, "..", "..", "src", "commands");
const HTML = readFileSync(path.join(SRC, "commands.html"), "utf8");
const STUB = readFileSync(path.join(SRC, "legacyRibbon.js"), "utf8");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0";
const FUNCTIONS = ["dvkValidate", "dvkConsolidate", "dvkCreateTemplate"];

type Dialog = "opens" | "fails" | "throws" | "no-ui";

/** Runs the stub in a tiny page; returns the page's globals and what it did. */
function runStub(userAgent: string, options: { dialog?: Dialog; search?: string; displayLanguage?: string } = {}) {
  const urls: string[] = [];
  const handlers: Record<string, () => void> = {};
  const sentToParent: string[] = [];
  const elements: Record<
    string,
    { textContent: string; hidden: boolean; removeAttribute(n: string): void; onclick?: () => void }
  > = {};
  const element = (id: string) =>
    (elements[id] ??= {
      textContent: "",
      hidden: true,
      removeAttribute(n: string) {
        if (n === "hidden") this.hidden = false;
      },
    });
  const ui = {
    displayDialogAsync(url: string, _o: unknown, callback: (r: unknown) => void) {
      urls.push(url);
      if (options.dialog === "throws") throw new Error("no dialog API");
      if (options.dialog === "fails")
        return void setTimeout(() => callback({ status: "failed", error: { code: 12007 } }), 0);
      setTimeout(
        () =>
          callback({
            status: "succeeded",
            value: { addEventHandler: (type: string, h: () => void) => (handlers[type] = h), close: () => undefined },
          }),
        0,
      );
    },
    messageParent: (m: string) => void sentToParent.push(m),
  };
  const window: Record<string, unknown> = {
    navigator: { userAgent },
    location: {
      protocol: "https:",
      host: "addin.example.vn",
      pathname: "/commands.html",
      search: options.search ?? "",
    },
    Office: {
      context: { displayLanguage: options.displayLanguage ?? "vi-VN", ...(options.dialog === "no-ui" ? {} : { ui }) },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    },
  };
  const document = {
    getElementById: (id: string) => element(id),
    documentElement: { lang: "vi" },
    addEventListener: (_type: string, listener: () => void) => listener(),
    readyState: "loading",
  };
  window.window = window;
  window.document = document;
  runInNewContext(STUB, window);
  return { window, urls, handlers, elements, sentToParent };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the ES5 ribbon stub in commands.html", () => {
  it("is ES5, loaded as a file of the page's own origin (the CSP allows no inline script), after office.js", () => {
    expect(() => parse(STUB, { ecmaVersion: 5 })).not.toThrow();
    expect(HTML).not.toMatch(/<script>/);
    const scripts = [...HTML.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    // It runs before the modern bundle (deferred, injected at build): in the head, after office.js.
    expect(scripts).toEqual(["<%= officeJs %>", "legacyRibbon.js"]);
  });

  it("defines nothing in WebView2, where the modern bundle runs", () => {
    const { window } = runStub(WEBVIEW2);
    expect(FUNCTIONS.filter((name) => name in window)).toEqual([]);
  });

  it.each(["opens", "fails", "throws", "no-ui"] as const)(
    "in IE11 defines the three functions and always completes the command (dialog %s)",
    async (dialog) => {
      const run = runStub(IE11, { dialog });
      expect(run.window.__dvkLegacyWebview).toBe(true);
      for (const name of FUNCTIONS) {
        let completed = 0;
        const fn = run.window[name] as (event: { completed(): void }) => void;
        fn({ completed: () => void completed++ });
        await tick();
        if (dialog === "opens") {
          expect(completed).toBe(0);
          run.handlers.dialogMessageReceived?.();
        }
        expect([name, completed]).toEqual([name, 1]);
      }
      if (dialog !== "no-ui") expect(run.urls[0]).toBe("https://addin.example.vn/commands.html?notice=update&lang=vi");
    },
  );

  it("shows the update message in the dialog page, in English for an English Office, and closes through the parent", () => {
    const vi = runStub(IE11, { search: "?notice=update&lang=vi" });
    expect(vi.elements["notice-text"]?.textContent).toContain("Office 2021");
    expect(vi.elements.notice?.hidden).toBe(false);
    vi.elements["notice-close"]?.onclick?.();
    expect(vi.sentToParent).toEqual(["close"]);
    const en = runStub(IE11, { search: "?notice=update&lang=en" });
    expect(en.elements["notice-close"]?.textContent).toBe("Close");
    expect(runStub(IE11, { dialog: "fails", displayLanguage: "en-US" }).window).toBeDefined();
  });
});
