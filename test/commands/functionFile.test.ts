// The ribbon's function file (src/commands/commands.ts) as Office runs it: the buttons' functions are globals, a
// notice opens commands.html?notice=… as a dialog, and the dialog page lists the notes. Issue 12 finding 10: the
// dialog speaks the pane's language (one chooseLanguage), and the adapter's notes are in that language, each whole.
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { chooseLanguage, type RawSheet } from "../../src/core";
import { parseNoticeQuery } from "../../src/commands/notices";
import { buildForm, sampleCounts, withCount } from "../core/_fixtures/buildForm";
import { FakeExcel } from "../excel/fakeExcel";

function addRawSheet(fake: FakeExcel, sheet: RawSheet): void {
  const data = fake.addSheet(sheet.name, []);
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "" || v instanceof Date) return;
      data.at((sheet.origin?.r ?? 0) + r, (sheet.origin?.c ?? 0) + c).value = typeof v === "object" ? v.error : v;
    }),
  );
}

type Handler = (event: { completed(): void }) => void;
const g = globalThis as unknown as Record<string, unknown>;
const saved = { Excel: g.Excel, Office: g.Office, window: g.window };

/** Loads the function file in an Excel whose display language is `displayLanguage`; returns the dialogs it opens. */
async function loadFunctionFile(
  fake: FakeExcel,
  displayLanguage: string,
): Promise<{ dialogs: string[]; handler(name: string): Handler }> {
  const dialogs: string[] = [];
  g.window = { location: { origin: "https://dvk.example", pathname: "/commands.html", search: "" } };
  g.Excel = { run: fake.run };
  g.Office = {
    onReady: () => Promise.resolve({ host: "Excel" }),
    EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    AsyncResultStatus: { Succeeded: "succeeded" },
    context: {
      displayLanguage,
      requirements: { isSetSupported: () => true },
      document: { settings: fake.document.openRuntime() },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: { status: string }) => void) => {
          dialogs.push(url);
          callback({ status: "failed" });
        },
      },
    },
  };
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  return { dialogs, handler: (name) => g[name] as Handler };
}

/** Runs a ribbon function to its end (the command completes). */
function press(handler: Handler): Promise<void> {
  return new Promise((resolve) => handler({ completed: resolve }));
}

afterEach(() => {
  g.Excel = saved.Excel;
  g.Office = saved.Office;
  g.window = saved.window;
  delete g.dvkValidate;
  delete g.dvkConsolidate;
  delete g.dvkCreateTemplate;
});

describe("the ribbon's notice dialog (issue 12, finding 10)", () => {
  function protectedWorkbook(): FakeExcel {
    const fake = new FakeExcel();
    addRawSheet(
      fake,
      buildForm(withCount(sampleCounts(), "kinh-te", "xa", "tap-the", "new", -1), {
        sheetName: "Xã An Bình",
        unit: "Xã An Bình",
        year: new Date().getFullYear() - 1,
      }).sheet,
    );
    fake.sheet("Xã An Bình").isProtected = true;
    return fake;
  }

  it("shows the notes of Kiểm tra in English in an English Office, each whole", async () => {
    const fake = protectedWorkbook();
    const ribbon = await loadFunctionFile(fake, "en-US");
    await press(ribbon.handler("dvkValidate"));
    expect(ribbon.dialogs).toHaveLength(1);
    const notice = parseNoticeQuery(new URL(ribbon.dialogs[0] as string).search);
    expect(notice).toEqual({
      key: "validate-notes",
      lang: "en",
      details: [
        "The “Xã An Bình” sheet is protected, so its cells with problems were not highlighted; see the list on the “Kiểm tra” sheet.",
      ],
      more: 0,
    });
  });

  it("speaks the language the pane speaks in the same Office, whatever it is", async () => {
    for (const displayLanguage of ["vi-VN", "en-GB", "fr-FR"]) {
      const ribbon = await loadFunctionFile(new FakeExcel(), displayLanguage);
      await press(ribbon.handler("dvkConsolidate"));
      expect(parseNoticeQuery(new URL(ribbon.dialogs[0] as string).search)?.lang).toBe(chooseLanguage(displayLanguage));
    }
  });

  it("shows the notes in Vietnamese in a Vietnamese Office", async () => {
    const ribbon = await loadFunctionFile(protectedWorkbook(), "vi-VN");
    await press(ribbon.handler("dvkValidate"));
    const notice = parseNoticeQuery(new URL(ribbon.dialogs[0] as string).search);
    expect(notice?.details).toEqual([
      "Trang “Xã An Bình” đang được khóa (bảo vệ) nên các ô có lỗi không được tô màu; xem danh sách ở trang “Kiểm tra”.",
    ]);
  });
});
