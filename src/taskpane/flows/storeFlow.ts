import {
  addAlias,
  type AliasEntry,
  type Issue,
  type RawWorkbook,
  readWorkbookMemory,
  withWorkbookSheets,
} from "../../core";
import type { FlowHost } from "../appState";
import { aliasFromIssue, registryFromSnapshot } from "../engine";
import { reasonOf } from "../reasonOf";
import type { PortSnapshot } from "../workbookPort";

/**
 * The workbook's memory: reading "Dữ liệu", "Danh mục", the units registry and the workbook's own sheets, and adding
 * an alias the officer confirmed to "Danh mục". The memory itself is kept in the pane's state (`state.memory`).
 *
 * @example
 * const store = new StoreFlow(app, () => files.revalidate());
 * await store.openWorkbook(); // shows earlier imports before any file is picked
 */
export class StoreFlow {
  /** The workbook's own sheets as last read, the units registry apart (validated again with new aliases). */
  private own: RawWorkbook | null = null;

  /**
   * @param host - the pane
   * @param revalidate - validates every file and the workbook's sheets again (after an alias is added)
   */
  constructor(
    private readonly host: FlowHost,
    private readonly revalidate: () => Promise<void>,
  ) {}

  /** The workbook's own sheets as last read (null before the first read). */
  get ownSheets(): RawWorkbook | null {
    return this.own;
  }

  /**
   * Reads the workbook once: its memory ("Dữ liệu", "Danh mục"), its own sheets (a sheet "Đơn vị" is the units
   * registry, not a submission) and the sheets too large to read (noted in the pane).
   */
  async loadMemory(): Promise<PortSnapshot> {
    const { state, t } = this.host;
    const snapshot = await this.host.deps.port.readSnapshot();
    state.memory = readWorkbookMemory(snapshot.owned);
    const registry = registryFromSnapshot(snapshot);
    if (registry) state.units = registry.units;
    this.own = registry
      ? { ...snapshot.workbook, sheets: snapshot.workbook.sheets.filter((s) => s !== registry.sheet) }
      : snapshot.workbook;
    const tooLarge = snapshot.tooLarge.map((name) => t("sheetTooLarge", { name }));
    state.notices = [...state.notices.filter((n) => !tooLarge.includes(n)), ...tooLarge];
    return snapshot;
  }

  /** Reads the workbook's memory the first time it is needed; a failure is shown and the run goes on without it. */
  async ensureMemory(): Promise<void> {
    if (this.host.state.memory) return;
    try {
      await this.loadMemory();
    } catch (error) {
      this.host.state.memory = readWorkbookMemory({});
      this.host.say(this.host.t("failed", { reason: reasonOf(error) }), "error");
    }
  }

  /** At start: shows what the workbook remembers (earlier imports in "Dữ liệu") before any file is picked. */
  async openWorkbook(): Promise<void> {
    await this.ensureMemory();
    this.host.recompute();
  }

  /**
   * One confirmation of an "unknown label" suggestion: the alias goes into "Danh mục" (through the port), and every
   * file and the workbook's sheets are validated again with it; later files use it too.
   */
  async confirmAlias(issue: Issue): Promise<void> {
    const entry = aliasFromIssue(issue);
    if (!entry) return;
    const { state, deps, t } = this.host;
    await this.host.run(async () => {
      await this.loadMemory();
      const memory = state.memory ?? readWorkbookMemory({});
      const entries: AliasEntry[] = addAlias(memory.aliasEntries, entry);
      const model = withWorkbookSheets({ sheets: [], charts: [] }, memory, memory.storeRows, entries);
      const aliasSheet = model.sheets.filter((s) => s.key === "danh-muc");
      await deps.port.writeReport({ sheets: aliasSheet, charts: [] }, state.consolidation?.issues ?? [], {
        activate: false,
      });
      await this.loadMemory();
      await this.revalidate();
      this.host.say(
        t("aliasAdded", { text: entry.text, label: String(issue.params["suggestion"] ?? entry.code) }),
        "success",
      );
    });
  }
}
