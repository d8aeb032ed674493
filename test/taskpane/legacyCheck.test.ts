import { describe, expect, it } from "@jest/globals";
import { parse } from "acorn";
import { readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";

const SOURCE = readFileSync(join(__dirname, "../../src/taskpane/legacyCheck.js"), "utf8");

/** Runs the check against a fake page; returns what it did to the message and the pane. */
function runWith(userAgent: string) {
  const message = {
    hidden: true,
    style: { display: "" },
    removeAttribute: (name: string) => name === "hidden" && (message.hidden = false),
  };
  const layout = { style: { display: "" } };
  const window: Record<string, unknown> = { navigator: { userAgent } };
  const document = {
    getElementById: (id: string) => (id === "legacy-message" ? message : id === "layout" ? layout : null),
  };
  runInNewContext(SOURCE, { window, document });
  return {
    messageShown: !message.hidden && message.style.display === "block",
    paneHidden: layout.style.display === "none",
    flag: window.__dvkLegacyWebview === true,
  };
}

describe("legacyCheck.js", () => {
  it("is ES5, so Internet Explorer 11 can run it", () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  });
  it("shows the update message in IE11 (Trident)", () => {
    expect(runWith("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko")).toEqual({
      messageShown: true,
      paneHidden: true,
      flag: true,
    });
  });
  it("shows the update message in EdgeHTML", () => {
    expect(
      runWith(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.19045",
      ).messageShown,
    ).toBe(true);
  });
  it("does nothing in WebView2 / Chromium (whose Edg/ token is not Edge/)", () => {
    expect(
      runWith(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0",
      ),
    ).toEqual({ messageShown: false, paneHidden: false, flag: false });
  });
});
