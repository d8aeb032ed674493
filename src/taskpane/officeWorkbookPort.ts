/**
 * The WorkbookPort inside Excel: each method is one `Excel.run` at the UI boundary around the adapter in src/excel/
 * (helper "excel"): batched reads, owned report sheets, native charts by key, highlights, the template. This module
 * is its own lazy chunk, loaded only when the pane runs inside Office.
 */
import { buildTemplateSheets, type Issue, type Lang, type ReportModel } from "../core";
import {
  applyLegacyConversion,
  detectCaps,
  describeMissingCaps,
  goToCell,
  highlightsFromIssues,
  insertTemplate,
  noteMessage,
  previewLegacyConversion,
  readWorkbookSnapshot,
  runExcel,
  settingsOwnershipStore,
  writeReport,
  type Caps,
} from "../excel";
import type {
  CellTarget,
  ConversionPreview,
  PortSnapshot,
  TemplateRequest,
  WorkbookPort,
  WriteRequest,
  WriteResult,
} from "./workbookPort";

const WORKBOOK_NAME = "Sổ làm việc hiện tại";

/**
 * The pane's workbook inside Excel.
 *
 * @param lang - the pane's language: the adapter's notes (a name taken, a locked sheet, a missing feature) are
 *   rendered in it, as the ribbon's dialogs render the same notes in theirs
 * @returns the port, the host's capabilities and the notes about what this Excel lacks
 * @example
 * const port = createOfficeWorkbookPort("en");
 */
export function createOfficeWorkbookPort(lang: Lang = "vi"): WorkbookPort & {
  readonly caps: Caps;
  readonly capNotes: readonly string[];
} {
  const caps = detectCaps();
  // The ribbon's function file keeps its own copy of the document settings: reload the record at the start of every
  // workbook operation, so the pane never works from (or saves over) a stale one.
  const ownership = async () => {
    const store = settingsOwnershipStore(Office.context.document.settings);
    await store.refresh();
    return store;
  };

  const write = (model: ReportModel, issues: readonly Issue[], request: WriteRequest = {}): Promise<WriteResult> =>
    runExcel(async (context) => {
      const result = await writeReport(context, model, caps, await ownership(), {
        highlights: highlightsFromIssues(issues, WORKBOOK_NAME),
        activate: request.activate !== false,
      });
      return {
        sheets: Object.values(result.sheetNames).filter((n): n is string => typeof n === "string"),
        notes: result.notes.map((note) => noteMessage(note, lang)),
      };
    });

  return {
    kind: "office",
    workbookName: WORKBOOK_NAME,
    caps,
    capNotes: describeMissingCaps(caps).map((note) => noteMessage(note, lang)),

    readSnapshot: (): Promise<PortSnapshot> =>
      runExcel(async (context) => {
        const snapshot = await readWorkbookSnapshot(context, caps, (await ownership()).read(), WORKBOOK_NAME);
        return { workbook: snapshot.workbook, owned: snapshot.owned, tooLarge: snapshot.tooLarge };
      }),

    writeReport: (
      model: ReportModel,
      issues: readonly Issue[] = [],
      request: WriteRequest = {},
    ): Promise<WriteResult> => write(model, issues, request),

    previewConversion: (): Promise<ConversionPreview> => runExcel((context) => previewLegacyConversion(context)),

    applyConversion: (preview: ConversionPreview) =>
      runExcel((context) =>
        applyLegacyConversion(context, { sheet: preview.sheet, range: preview.range, changes: preview.changes }),
      ),

    goToCell: async (target: CellTarget): Promise<boolean> => {
      // Only the workbook's own sheets can be shown; picked files are not inside the workbook.
      if (target.source !== WORKBOOK_NAME) return false;
      return runExcel((context) => goToCell(context, target.sheet, target.cell));
    },

    insertCharts: async (model: ReportModel, issues: readonly Issue[] = []): Promise<number> => {
      // The adapter writes the series tables and updates native charts by key in the same batch as the sheets.
      await write(model, issues);
      return model.charts.length;
    },

    insertTemplate: (request: TemplateRequest): Promise<string> =>
      runExcel(
        async (context) =>
          (await insertTemplate(context, buildTemplateSheets({ unitName: request.unitName, year: request.year }), caps))
            .name,
      ),
  };
}
