/** The Office.js adapter: the only code that touches Excel. UI entry points call these inside `Excel.run`. */
export { type Caps, ALL_CAPS, MIN_CAPS, detectCaps, describeMissingCaps } from "./caps";
export {
  type OwnershipRecord,
  type OwnershipStore,
  type SettingsLike,
  EMPTY_OWNERSHIP,
  settingsOwnershipStore,
  memoryOwnershipStore,
} from "./ownership";
export { type WorkbookSnapshot, readWorkbookSnapshot, readSubmissionSheets } from "./readSubmissionSheets";
export { type WriteOptions, type WriteResult, writeReport } from "./writeReport";
export { type HighlightCell, HIGHLIGHT_RULES, highlightsFromIssues } from "./highlights";
export { goToCell } from "./goToCell";
export {
  type LegacyChange,
  type LegacyPreview,
  type LegacyConverter,
  previewLegacyConversion,
  applyLegacyConversion,
} from "./legacyConversion";
export { type TemplateResult, insertTemplate, openTemplateAsNewWorkbook } from "./template";
export { runExcel } from "./runExcel";
export { type Note, type NoteKey, NOTE_CATALOGUE, NOTE_KEYS } from "./noteCatalogue";
export { noteMessage } from "./noteMessage";
