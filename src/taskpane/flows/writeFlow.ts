import { type Issue, type ReportModel, withWorkbookSheets } from "../../core";
import type { FlowHost } from "../appState";
import type { WorkbookPort } from "../workbookPort";
import type { ImportFlow } from "./importFlow";
import type { StoreFlow } from "./storeFlow";

/** What differs between "Ghi vào sổ tính" and "Chèn biểu đồ vào sổ tính": both write the report with the store. */
interface WriteVariant {
  /** Whether there is anything to write, before the workbook is read again. */
  ready(host: FlowHost): boolean;
  /** Whether the workbook's own sheets, when read, are validated again (the officer may have edited them). */
  readonly revalidateOwn: boolean;
  /** Writes the full model through the port and returns the message for the officer. */
  write(host: FlowHost, model: ReportModel, issues: readonly Issue[]): Promise<string>;
}

/** "Ghi vào sổ tính": every report sheet; notes (e.g. a name taken by the officer) stay in the pane. */
const REPORT: WriteVariant = {
  ready: (host) =>
    host.state.model !== null || host.results().length > 0 || Boolean(host.state.memory?.storeRows.length),
  revalidateOwn: true,
  write: async (host, model, issues) => {
    const written = await host.deps.port.writeReport(model, issues);
    host.state.notices = [...host.state.notices.filter((n) => !written.notes.includes(n)), ...written.notes];
    return [
      host.t("reportWritten", { count: written.sheets.length, names: written.sheets.join(", ") }),
      ...written.notes,
    ].join(" ");
  },
};

/** "Chèn biểu đồ vào sổ tính": the native charts, with the report sheets so "Dữ liệu" never loses earlier imports. */
const CHARTS: WriteVariant = {
  ready: (host) => host.state.model !== null,
  revalidateOwn: false,
  write: async (host, model, issues) =>
    host.t("chartsInserted", { count: await host.deps.port.insertCharts(model, issues) }),
};

/**
 * Writing to the workbook: the report (with or without its native charts, one flow), the Mẫu 01-DVK template, and
 * showing the cell an issue is about.
 *
 * @example
 * const writes = new WriteFlow(app, store, files);
 * await writes.writeReport(); // "Đã ghi 5 trang: Tổng hợp, …"
 */
export class WriteFlow {
  /**
   * @param host - the pane
   * @param store - the workbook's memory, read again before each write
   * @param files - validates the workbook's own sheets again
   */
  constructor(
    private readonly host: FlowHost,
    private readonly store: StoreFlow,
    private readonly files: ImportFlow,
  ) {}

  /**
   * "Ghi vào sổ tính": reads the workbook again (the officer may have edited it), merges this run into the store,
   * consolidates with what the store remembers, and writes the report with "Dữ liệu" and "Danh mục".
   */
  writeReport(): Promise<void> {
    return this.write(REPORT);
  }

  /** "Chèn biểu đồ vào sổ tính": the same write, through the port's charts entry. */
  insertCharts(): Promise<void> {
    return this.write(CHARTS);
  }

  /** Inserts the template for this year's report (for a report year from 2026 on, without "Cấp huyện"). */
  async insertTemplate(): Promise<void> {
    await this.host.run(async () => {
      const name = await this.host.deps.port.insertTemplate({ year: this.host.currentYear() });
      this.host.say(this.host.t("templateInserted", { name }), "success");
    });
  }

  /** Shows the cell of an issue, or says where it is when the workbook cannot show it. */
  async goTo(issue: Issue): Promise<void> {
    if (!issue.sheet || !issue.cell) return;
    const target = { source: issue.source, sheet: issue.sheet, cell: issue.cell };
    const port: WorkbookPort = this.host.deps.port;
    await this.host.run(async () => {
      const shown = await port.goToCell(target);
      const inFile = target.source !== port.workbookName;
      this.host.say(
        shown ? this.host.t("cellShown", target) : this.host.t(inFile ? "cellInFile" : "cellNotFound", target),
        shown ? "info" : "error",
      );
    });
  }

  /** Reads the workbook again, consolidates with the store and writes the report as the variant says. */
  private async write(variant: WriteVariant): Promise<void> {
    const { host } = this;
    if (!variant.ready(host)) return host.say(host.t("nothingToConsolidate"), "error");
    await host.run(async () => {
      await this.store.loadMemory();
      if (variant.revalidateOwn && host.state.workbookResult) this.files.validateOwn();
      host.recompute();
      const { memory, model } = host.state;
      if (!model || !memory) return host.say(host.t("nothingToConsolidate"), "error");
      const message = await variant.write(
        host,
        withWorkbookSheets(model, memory, host.state.store),
        host.state.consolidation?.issues ?? [],
      );
      // What was written is now the workbook's memory: a second write with the same inputs writes the same sheets.
      host.state.memory = { ...memory, storeRows: host.state.store };
      host.say(message, "success");
    });
  }
}
