/**
 * Public surface of the pure core, in the order data flows through it:
 *
 *   bytes ─(src/io)→ RawWorkbook ─read→ ParsedSheet ─validate→ Submission + Issue[] ─consolidate→ Consolidation
 *         ─report→ ReportModel (SheetModel[] + ChartSpec[]) ─(renderers: src/excel, src/io/node, src/preview)→ workbook
 *   and back: the workbook's "Dữ liệu" sheet ─store→ StoreRow[] → Submission[] for the next run.
 *
 * Adapters import from here only (lint forbids deep imports of core files); what is not exported is internal.
 */

// ── Shared language: types, options, the catalogue of fields/levels/types/measures, issues, keys ──────────────
export * from "./types";
export * from "./options";
export * from "./savedSettings";
export * from "./catalogue/dimensions";
export * from "./catalogue/eachCombination";
export * from "./catalogue/combinationKey";
export * from "./catalogue/levelTypeKey";
export * from "./catalogue/resolveLabel";
export * from "./catalogue/reformDate";
export * from "./catalogue/findReformBreak";
export * from "./issues/catalogue";
export * from "./issues/makeIssue";
export * from "./issues/fillMessage";
export * from "./issues/chooseLanguage";
export * from "./text/matchKey";
export * from "./text/cleanCellText";
export * from "./_lib/a1";
export * from "./_lib/compositeKey";
export * from "./_lib/unitYearKey";
export * from "./_lib/compareRecency";
export * from "./_lib/excelSerialToDate";
export * from "./_lib/isDateNumberFormat";

// ── Read: cells of one sheet → a parsed form or model list (legacy TCVN3/VNI text converted first) ────────────
export * from "./encoding/legacyEncoding";
export * from "./encoding/convertLegacyText";
export * from "./encoding/encodeLegacyText";
export * from "./encoding/detectLegacyEncoding";
export * from "./encoding/encodingFromFont";
export * from "./encoding/fixLegacyText";
export * from "./encoding/isVietnameseSyllable";
export * from "./encoding/summarizeConversions";
export * from "./parse/types";
export * from "./parse/parseSheet";
export * from "./parse/parseCount";
export * from "./parse/parseDate";
export * from "./parse/list/types";
export * from "./parse/list/parseModelList";

// ── Validate: a workbook → submissions and issues at their cells ───────────────────────────────────────────────
export * from "./validate/rule";
export * from "./validate/rules/index";
export * from "./validate/validateWorkbook";

// ── Units: the registry of expected units and one identity per unit ───────────────────────────────────────────
export * from "./units/types";
export * from "./units/parseUnitRegistry";
export * from "./units/isUnitExpected";
export * from "./units/findClosestUnit";
export * from "./units/unitIdentity";
export * from "./text/unitKey";
export * from "./text/unitKind";
export * from "./text/unitNameKey";

// ── Consolidate: submissions → totals by field × level × type × year, completeness, trends ─────────────────────
export * from "./consolidate/types";
export * from "./consolidate/consolidate";
export * from "./consolidate/resolveUnits";
export * from "./consolidate/markSuperseded";
export * from "./consolidate/sumMeasures";
export * from "./consolidate/sumTotals";
export * from "./consolidate/sumPhaseTotals";
export * from "./consolidate/sumUnitSeries";
export * from "./consolidate/checkCumulativeSeries";
export * from "./consolidate/computeCompleteness";
export * from "./consolidate/buildTrendSeries";

// ── Sheet model and the renderer contract: what each cell means and looks like, for every writer ───────────────
export * from "./sheet/model";
export * from "./sheet/palette";
export * from "./sheet/inputRules";
export * from "./sheet/cellContent";
export * from "./sheet/resolveCellContent";
export * from "./sheet/composeLook";
export * from "./sheet/listCells";

// ── Report: a consolidation → the report's sheets and charts, and the blank forms ──────────────────────────────
export * from "./report/buildReportModel";
export * from "./report/buildSummarySheet";
export * from "./report/buildTrendSheet";
export * from "./report/buildIssuesSheet";
export * from "./report/buildProgressSheet";
export * from "./report/buildDataSheet";
export * from "./report/pickReportYear";
export * from "./report/labels";
export * from "./report/buildTemplateSheet";
export * from "./report/buildTemplateSheets";
export * from "./report/buildListTemplateSheet";
export * from "./report/pickTemplateLevels";

// ── Store: the workbook's own memory ("Dữ liệu", "Danh mục") across runs ───────────────────────────────────────
export * from "./store/storeRow";
export * from "./store/storeColumns";
export * from "./store/toStoreRows";
export * from "./store/mergeStore";
export * from "./store/buildStoreSheet";
export * from "./store/parseStoreSheet";
export * from "./store/withStoreSheet";
export * from "./store/submissionsFromStore";
export * from "./store/aliasEntry";
export * from "./store/buildAliasSheet";
export * from "./store/parseAliasSheet";
export * from "./store/addAlias";
export * from "./store/workbookMemory";
