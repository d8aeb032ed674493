/**
 * The WorkbookPort inside Excel: each method is one `Excel.run` at the UI boundary around the adapter in src/excel/
 * (helper "excel"): batched reads, owned report sheets, native charts by key, highlights, the template. This module
 * is its own lazy chunk, loaded only when the pane runs inside Office.
 */
import { buildTemplateSheet } from "../core/report/buildTemplateSheet";
import type { ReportModel } from "../core/report/model";
import type { Issue, RawWorkbook } from "../core/types";
import { detectCaps, describeMissingCaps, goToCell, highlightsFromIssues, insertTemplate, readSubmissionSheets, settingsOwnershipStore, writeReport, type Caps } from "../excel";
import type { CellTarget, TemplateRequest, WorkbookPort, WriteResult } from "./workbookPort";

const WORKBOOK_NAME = "Sổ làm việc hiện tại";

export function createOfficeWorkbookPort(): WorkbookPort & { readonly caps: Caps; readonly capNotes: readonly string[] } {
  const caps = detectCaps();
  const ownership = () => settingsOwnershipStore(Office.context.document.settings);

  const write = (model: ReportModel, issues: readonly Issue[]): Promise<WriteResult> =>
    Excel.run(async (context) => {
      const result = await writeReport(context, model, caps, ownership(), { highlights: highlightsFromIssues(issues, WORKBOOK_NAME) });
      return { sheets: Object.values(result.sheetNames).filter((n): n is string => typeof n === "string"), notes: result.notes };
    });

  return {
    kind: "office",
    workbookName: WORKBOOK_NAME,
    caps,
    capNotes: describeMissingCaps(caps),

    readSubmissionSheets: (): Promise<RawWorkbook> => Excel.run((context) => readSubmissionSheets(context, caps, ownership().read(), WORKBOOK_NAME)),

    writeReport: (model: ReportModel, issues: readonly Issue[] = []): Promise<WriteResult> => write(model, issues),

    goToCell: async (target: CellTarget): Promise<boolean> => {
      // Only the workbook's own sheets can be shown; picked files are not inside the workbook.
      if (target.source !== WORKBOOK_NAME) return false;
      return Excel.run((context) => goToCell(context, target.sheet, target.cell));
    },

    insertCharts: async (model: ReportModel, issues: readonly Issue[] = []): Promise<number> => {
      // The adapter writes the series tables and updates native charts by key in the same batch as the sheets.
      await write(model, issues);
      return model.charts.length;
    },

    insertTemplate: (request: TemplateRequest): Promise<string> =>
      Excel.run(async (context) => (await insertTemplate(context, buildTemplateSheet({ unitName: request.unitName, year: request.year }), caps)).name),
  };
}
