/**
 * A small typed fake of the Excel JavaScript API subset the adapter uses. It is stricter than the
 * real host where that catches bugs:
 * - reading a property that was not loaded and then synced THROWS (load-before-read is enforced);
 * - `context.sync()` calls are counted;
 * - `values` interprets strings like Excel does: a leading "=", "+", "-" or "@" makes a formula or a
 *   number, numeric text becomes a number, unless the cell's number format is "@" (text);
 * - `getItem` of a missing sheet or chart fails at the next sync, as in Office.js;
 * - `getCellProperties` (ExcelApi 1.9) throws unless the host caps passed to the fake include 1.9, and
 *   its result's `value` throws until a sync; every cell has a font name ("Calibri" unless seeded).
 * - every write is a queued command run in order at the next sync, as in Office.js; a failing command
 *   fails the sync, the commands before it stay applied, the ones after it (and the batch's loads) are
 *   dropped (https://learn.microsoft.com/javascript/api/office/officeextension.error);
 * - a protected sheet refuses values (except on unlocked cells), formats, merges, clears, validation and
 *   conditional formats unless its protection options allow them (`AccessDenied`); `protect()` of a
 *   protected sheet and `unprotect()` without the right password fail; `protection/protected` loads;
 * - sheet names are checked when the add or rename runs: 1–31 characters, none of \ / ? * [ ] :, no
 *   leading or trailing apostrophe, unique ignoring case;
 * - with `platform: "web"` each request and each response is capped at 5 MB measured in UTF-8 bytes
 *   (`RequestPayloadSizeLimitExceeded`: nothing of that request runs; `ResponsePayloadSizeLimitExceeded`);
 * - `fake.run` is `Excel.run`: while `cellEditMode` is on, a run without `delayForCellEdit: true` fails;
 * - `fake.document` holds the add-in's saved settings; each runtime (pane, function file) opens its own copy
 *   (`fake.document.openRuntime()`, see ./fakeSettings).
 * Reads see the state after the whole batch (the adapter never reads back what it wrote in that batch).
 */
import { parseA1Range, quoteSheetName, rectToA1, splitAddress, type Rect } from "../../src/core";
import { ALL_CAPS, type Caps } from "../../src/excel/caps";
import { FakeSettingsDocument } from "./fakeSettings";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue | null;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  font: { bold?: boolean; italic?: boolean; underline?: string; color?: string; size?: number; name?: string };
  borders: Record<string, string>;
  locked: boolean;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
}

export interface FakeCf {
  id: number;
  type: string;
  range: Rect;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeChartData {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  valueAxisTitle: string;
  position: string | null;
  width: number;
  height: number;
}

export interface FakeValidation {
  range: Rect;
  rule: unknown;
  errorAlert?: unknown;
}

const MAX_ROW = 1_048_575;
/** Excel on the web's cap on one request and one response (bytes on the wire). */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

/** An error as Office.js reports it: `code` is the `OfficeExtension.ErrorCodes` name. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const encoder = new TextEncoder();
/** UTF-8 bytes of a value's JSON (what travels in a request or a response). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** What a protected sheet's options may allow. */
type EditKind = "values" | "formatCells" | "formatColumns" | "formatRows" | "objects" | "structure";

const FORBIDDEN_NAME_CHARS = /[\\/?*[\]:]/;
const MAX_COL = 16_383;

function blankCell(): FakeCell {
  return { value: null, formula: null, numberFormat: "General", fill: null, font: {}, borders: {}, locked: true };
}

/** Excel's interpretation of a string typed into a cell (what `Range.values` does with it). */
function interpret(cell: FakeCell, input: FakeValue | null): void {
  if (input === null) return;
  if (typeof input !== "string") {
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (input === "") {
    cell.value = null;
    cell.formula = null;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (/^[=+@]/.test(input) || (/^-/.test(input) && !/^-\d+(\.\d+)?$/.test(input))) {
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    const link = /^=HYPERLINK\("[^"]*(?:""[^"]*)*",\s*"((?:[^"]|"")*)"\)$/.exec(cell.formula);
    cell.value = link ? (link[1] as string).replace(/""/g, '"') : 0;
    return;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(input.trim())) {
    cell.value = Number(input);
    cell.formula = null;
    return;
  }
  cell.value = input;
  cell.formula = null;
}

export class FakeSheetData {
  readonly cells = new Map<number, FakeCell>();
  merges: Rect[] = [];
  charts: FakeChartData[] = [];
  cfs: FakeCf[] = [];
  validations: FakeValidation[] = [];
  columnWidths = new Map<number, number>();
  frozen: { rows: number; columns: number } | null = null;
  protectedWith: unknown = null;
  isProtected = false;
  constructor(public name: string) {}

  /**
   * Throws Excel's `AccessDenied` when the sheet is protected and its options do not allow this edit.
   * Values may go to cells that are all unlocked; formats need `allowFormatCells`, column widths
   * `allowFormatColumns`, row heights `allowFormatRows`; merges, clears, validation, locking and
   * conditional formats are refused.
   */
  requireEditable(kind: EditKind, box: Rect): void {
    if (!this.isProtected) return;
    const options = (this.protectedWith ?? {}) as Record<string, unknown>;
    if (kind === "formatCells" && options.allowFormatCells === true) return;
    if (kind === "formatColumns" && options.allowFormatColumns === true) return;
    if (kind === "formatRows" && options.allowFormatRows === true) return;
    if (kind === "objects" && options.allowEditObjects === true) return;
    if (kind === "values" && this.allUnlocked(box)) return;
    throw new FakeOfficeError(
      "AccessDenied",
      `The cell or chart you're trying to change is protected and therefore read-only. (sheet "${this.name}", ${rectToA1(box)})`,
    );
  }
  private allUnlocked(box: Rect): boolean {
    const area = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    if (area > this.cells.size) return false;
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) if (this.peek(r, c)?.locked !== false) return false;
    return true;
  }

  private key(r: number, c: number): number {
    return r * (MAX_COL + 1) + c;
  }
  cell(address: string): FakeCell {
    const box = parseA1Range(address);
    if (!box) throw new Error(`bad address ${address}`);
    return this.at(box.top, box.left);
  }
  at(r: number, c: number): FakeCell {
    const k = this.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = blankCell();
      this.cells.set(k, cell);
    }
    return cell;
  }
  peek(r: number, c: number): FakeCell | undefined {
    return this.cells.get(this.key(r, c));
  }
  forEachIn(box: Rect, fn: (cell: FakeCell, r: number, c: number) => void): void {
    const area = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    if (area > this.cells.size * 4 && area > 10_000) {
      for (const [k, cell] of this.cells) {
        const r = Math.floor(k / (MAX_COL + 1));
        const c = k % (MAX_COL + 1);
        if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) fn(cell, r, c);
      }
      return;
    }
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(this.at(r, c), r, c);
  }
  /** Values as a grid from A1 to the last used cell (formulas shown as their formula text). */
  grid(): (FakeValue | null)[][] {
    const used = this.usedBox(true);
    if (!used) return [];
    const rows: (FakeValue | null)[][] = [];
    for (let r = 0; r <= used.bottom; r++) {
      const row: (FakeValue | null)[] = [];
      for (let c = 0; c <= used.right; c++) {
        const cell = this.peek(r, c);
        row.push(cell ? (cell.formula ?? cell.value) : null);
      }
      rows.push(row);
    }
    return rows;
  }
  usedBox(valuesOnly: boolean): Rect | null {
    let box: Rect | null = null;
    for (const [k, cell] of this.cells) {
      const hasValue = cell.value !== null || cell.formula !== null;
      const hasFormat = cell.fill !== null || Object.keys(cell.font).length > 0 || Object.keys(cell.borders).length > 0;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const r = Math.floor(k / (MAX_COL + 1));
      const c = k % (MAX_COL + 1);
      box = box
        ? {
            top: Math.min(box.top, r),
            left: Math.min(box.left, c),
            bottom: Math.max(box.bottom, r),
            right: Math.max(box.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }
    return box;
  }
}

function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Base of every proxy: `load` queues, `sync` commits, reads of uncommitted properties throw. */
abstract class Proxy {
  private readonly pending = new Set<string>();
  private readonly loaded = new Set<string>();
  constructor(protected readonly fake: FakeExcel) {}

  load(spec?: string | string[] | Record<string, unknown>): this {
    const paths =
      spec === undefined
        ? ["*"]
        : typeof spec === "string"
          ? spec.split(",")
          : Array.isArray(spec)
            ? spec
            : Object.keys(spec);
    for (const raw of paths) {
      const path = raw.trim();
      if (!path) continue;
      const [head, ...rest] = path.split("/");
      if (rest.length > 0) this.loadNested(head as string, rest.join("/"));
      else this.pending.add(head as string);
    }
    this.fake.queueLoad(this);
    return this;
  }
  /** A navigation path like "format/font/name" or "items/name". */
  protected loadNested(head: string, rest: string): void {
    const child = (this as unknown as Record<string, unknown>)[head];
    if (child instanceof Proxy) child.load(rest);
    else throw new Error(`fake: cannot load "${head}/${rest}" on ${this.constructor.name}`);
  }
  /** Queues a whole path as one loadable key (for navigation the fake does not model as proxies). */
  protected queueLeaf(path: string): void {
    this.pending.add(path);
    this.fake.queueLoad(this);
  }
  /** Whether a property is queued for loading at the next sync. */
  isPending(prop: string): boolean {
    return this.pending.has(prop);
  }
  commit(): void {
    for (const p of this.pending) this.loaded.add(p);
    this.pending.clear();
  }
  readPath<T>(prop: string, value: () => T): T {
    return this.read(prop, value);
  }
  protected read<T>(prop: string, value: () => T): T {
    if (!this.loaded.has(prop) && !this.loaded.has("*")) {
      throw new Error(`fake: ${this.constructor.name}.${prop} read before load() and sync()`);
    }
    return value();
  }
  protected markLoaded(prop: string): void {
    this.loaded.add(prop);
  }
}

/**
 * A collection proxy: `load("items/name")` loads each item's properties, and `items` can be read only
 * after a sync, as a snapshot of the items that existed then. Subclasses say what the items are.
 */
abstract class ProxyCollection<T extends Proxy> extends Proxy {
  private snapshot: T[] | null = null;
  private itemProps: string[] = [];
  /** The items as they are now (at sync time). */
  protected abstract currentItems(): T[];
  protected override loadNested(head: string, rest: string): void {
    if (head !== "items") super.loadNested(head, rest);
    else this.itemProps.push(rest);
  }
  override commit(): void {
    super.commit();
    if (this.itemProps.length > 0) {
      this.snapshot = this.currentItems();
      for (const item of this.snapshot) for (const p of this.itemProps) item.load(p);
      for (const item of this.snapshot) item.commit();
      this.markLoaded("items");
    }
  }
  get items(): T[] {
    return this.read("items", () => this.snapshot ?? []);
  }
}

export class FakeRangeFormat {
  constructor(
    private readonly sheet: FakeSheetData,
    private readonly box: Rect,
    private readonly fake: FakeExcel,
    private readonly owner?: FakeRange,
  ) {}
  /** Queues a per-cell edit of this range, checked against protection when it runs. */
  private each(fn: (cell: FakeCell) => void, kind: EditKind = "formatCells"): void {
    const { sheet, box } = this;
    this.fake.enqueue(() => {
      sheet.requireEditable(kind, box);
      sheet.forEachIn(box, fn);
    });
  }
  get fill() {
    const each = (fn: (cell: FakeCell) => void) => this.each(fn);
    return {
      set color(color: string) {
        each((cell) => (cell.fill = color));
      },
      clear: () => each((cell) => (cell.fill = null)),
    };
  }
  get font() {
    const each = (fn: (cell: FakeCell) => void) => this.each(fn);
    const owner = this.owner;
    const names = () => {
      const seen = new Set<string | undefined>();
      this.sheet.forEachIn(this.box, (cell) => seen.add(cell.font.name ?? "Calibri"));
      return seen.size === 1 ? ([...seen][0] ?? null) : null;
    };
    return {
      get name(): string | null {
        if (!owner) throw new Error("fake: font name read without a range");
        return owner.readPath("format/font/name", names);
      },
      set bold(v: boolean) {
        each((c) => (c.font.bold = v));
      },
      set italic(v: boolean) {
        each((c) => (c.font.italic = v));
      },
      set underline(v: string) {
        if (!["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"].includes(v))
          throw new Error(`fake: bad font.underline "${v}"`);
        each((c) => (c.font.underline = v));
      },
      set color(v: string) {
        each((c) => (c.font.color = v));
      },
      set size(v: number) {
        each((c) => (c.font.size = v));
      },
      set name(v: string) {
        each((c) => (c.font.name = v));
      },
    };
  }
  get borders() {
    return {
      getItem: (side: string) => {
        const each = (fn: (cell: FakeCell) => void) => this.each(fn);
        return {
          set style(v: string) {
            each((c) => (c.borders[side] = v));
          },
          set color(_v: string) {
            each(() => undefined);
          },
          set weight(_v: string) {
            each(() => undefined);
          },
        };
      },
    };
  }
  get protection() {
    this.fake.calls.push("format.protection");
    const each = (fn: (cell: FakeCell) => void) => this.each(fn, "structure");
    return {
      set locked(v: boolean) {
        each((c) => (c.locked = v));
      },
    };
  }
  set columnWidth(points: number) {
    this.fake.calls.push("format.columnWidth");
    const { sheet, box } = this;
    this.fake.enqueue(() => {
      sheet.requireEditable("formatColumns", box);
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(_points: number) {
    const { sheet, box } = this;
    this.fake.enqueue(() => sheet.requireEditable("formatRows", box));
  }
  set wrapText(v: boolean) {
    this.each((c) => (c.wrap = v));
  }
  set horizontalAlignment(v: string) {
    if (!["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(v))
      throw new Error(`fake: bad horizontalAlignment "${v}"`);
    this.each((c) => (c.hAlign = v));
  }
  set verticalAlignment(v: string) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v))
      throw new Error(`fake: bad verticalAlignment "${v}"`);
    this.each((c) => (c.vAlign = v));
  }
}

export class FakeConditionalFormat extends Proxy {
  constructor(
    fake: FakeExcel,
    private readonly sheet: FakeSheetData,
    readonly data: FakeCf,
  ) {
    super(fake);
  }
  get type(): string {
    return this.read("type", () => this.data.type);
  }
  private customProxy: (Proxy & { rule: Proxy & { formula: string | null }; isNullObject: boolean }) | null = null;
  /** Cached like a real proxy, so what was loaded on it stays loaded. */
  get customOrNullObject() {
    if (this.customProxy) return this.customProxy;
    const data = this.data;
    const isNull = data.type !== "Custom";
    const rule = new (class extends Proxy {
      get formula(): string | null {
        return this.read("formula", () => (isNull ? null : data.formula));
      }
    })(this.fake);
    this.customProxy = new (class extends Proxy {
      readonly rule = rule;
      protected override loadNested(head: string, rest: string): void {
        super.loadNested(head, rest);
        this.load("isNullObject");
      }
      get isNullObject(): boolean {
        return this.read("isNullObject", () => isNull);
      }
    })(this.fake);
    return this.customProxy;
  }
  get custom() {
    if (this.data.type !== "Custom") throw new Error("fake: custom of a non-custom conditional format");
    const data = this.data;
    const later = (fn: () => void) => this.fake.enqueue(fn);
    return {
      rule: {
        set formula(f: string) {
          later(() => (data.formula = f));
        },
      },
      format: {
        fill: {
          set color(c: string) {
            later(() => (data.fill = c));
          },
        },
        font: {
          set color(c: string) {
            later(() => (data.fontColor = c));
          },
        },
      },
    };
  }
  delete(): void {
    this.fake.calls.push("conditionalFormats.delete");
    const { sheet, data } = this;
    this.fake.enqueue(() => {
      sheet.requireEditable("structure", data.range);
      sheet.cfs = sheet.cfs.filter((cf) => cf !== data);
    });
  }
}

export class FakeConditionalFormatCollection extends ProxyCollection<FakeConditionalFormat> {
  constructor(
    fake: FakeExcel,
    private readonly sheet: FakeSheetData,
    private readonly box: Rect,
  ) {
    super(fake);
  }
  protected currentItems(): FakeConditionalFormat[] {
    return this.sheet.cfs
      .filter((cf) => intersects(cf.range, this.box))
      .map((cf) => new FakeConditionalFormat(this.fake, this.sheet, cf));
  }
  add(type: string): FakeConditionalFormat {
    this.fake.calls.push("conditionalFormats.add");
    const data: FakeCf = { id: this.fake.nextId++, type, range: this.box, formula: null, fill: null, fontColor: null };
    const { sheet, box } = this;
    this.fake.enqueue(
      () => {
        sheet.requireEditable("structure", box);
        sheet.cfs.push(data);
      },
      jsonBytes(type) + 64,
    );
    return new FakeConditionalFormat(this.fake, this.sheet, data);
  }
  clearAll(): void {
    this.fake.calls.push("conditionalFormats.clearAll");
    const { sheet, box } = this;
    this.fake.enqueue(() => {
      sheet.requireEditable("structure", box);
      sheet.cfs = sheet.cfs.filter((cf) => !intersects(cf.range, box));
    });
  }
}

/** The cell properties `getCellProperties` asks for (the fake models `format.font.name` only). */
export interface FakeCellPropertiesSpec {
  format?: { font?: { name?: boolean } };
}

/** A `ClientResult<CellProperties[][]>`: its value is taken at the next sync and readable only after it. */
export class FakeCellPropertiesResult extends Proxy {
  private snapshot: { format: { font: { name: string } } }[][] | null = null;
  constructor(
    fake: FakeExcel,
    private readonly range: FakeRange,
  ) {
    super(fake);
    this.queueLeaf("value");
  }
  get cellCount(): number {
    return this.range.cellCount;
  }
  override commit(): void {
    super.commit();
    const { sheet, box } = this.range;
    this.snapshot = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: { format: { font: { name: string } } }[] = [];
      for (let c = box.left; c <= box.right; c++)
        row.push({ format: { font: { name: sheet.peek(r, c)?.font.name ?? "Calibri" } } });
      this.snapshot.push(row);
    }
  }
  get value(): { format: { font: { name: string } } }[][] {
    return this.read("value", () => this.snapshot ?? []);
  }
}

export class FakeRange extends Proxy {
  constructor(
    fake: FakeExcel,
    readonly sheet: FakeSheetData,
    readonly box: Rect,
  ) {
    super(fake);
  }
  private grid<T>(fn: (cell: FakeCell | undefined) => T): T[][] {
    const rows: T[][] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const row: T[] = [];
      for (let c = this.box.left; c <= this.box.right; c++) row.push(fn(this.sheet.peek(r, c)));
      rows.push(row);
    }
    return rows;
  }
  private assign(grid: unknown, fn: (cell: FakeCell, v: FakeValue | null) => void, kind: EditKind = "values"): void {
    const rows = this.box.bottom - this.box.top + 1;
    const cols = this.box.right - this.box.left + 1;
    if (
      !Array.isArray(grid) ||
      grid.length !== rows ||
      grid.some((row) => !Array.isArray(row) || row.length !== cols)
    ) {
      throw new Error(`fake: a ${rows}x${cols} array is required for ${this.addressLocal}`);
    }
    const { sheet, box } = this;
    this.fake.enqueue(() => {
      sheet.requireEditable(kind, box);
      (grid as (FakeValue | null)[][]).forEach((row, i) =>
        row.forEach((v, j) => fn(sheet.at(box.top + i, box.left + j), v)),
      );
    }, jsonBytes(grid));
  }
  get cellCount(): number {
    return (this.box.bottom - this.box.top + 1) * (this.box.right - this.box.left + 1);
  }
  private get addressLocal(): string {
    return rectToA1(this.box);
  }
  get address(): string {
    return this.read("address", () => `${quoteSheetName(this.sheet.name)}!${this.addressLocal}`);
  }
  get rowIndex(): number {
    return this.read("rowIndex", () => this.box.top);
  }
  get columnIndex(): number {
    return this.read("columnIndex", () => this.box.left);
  }
  get rowCount(): number {
    return this.read("rowCount", () => this.box.bottom - this.box.top + 1);
  }
  get columnCount(): number {
    return this.read("columnCount", () => this.box.right - this.box.left + 1);
  }
  get values(): (FakeValue | "")[][] {
    return this.read("values", () => this.grid((cell) => cell?.value ?? ""));
  }
  set values(grid: (FakeValue | null)[][]) {
    this.fake.calls.push("range.values");
    this.assign(grid, interpret);
  }
  /** UTF-8 bytes of what a sync would send back for this range's queued loads. */
  pendingResponseBytes(): number {
    let bytes = 0;
    if (this.isPending("values")) bytes += jsonBytes(this.grid((cell) => cell?.value ?? ""));
    if (this.isPending("formulas")) bytes += jsonBytes(this.grid((cell) => cell?.formula ?? cell?.value ?? ""));
    if (this.isPending("numberFormat")) bytes += jsonBytes(this.grid((cell) => cell?.numberFormat ?? "General"));
    return bytes;
  }
  get formulas(): (FakeValue | "")[][] {
    return this.read("formulas", () => this.grid((cell) => cell?.formula ?? cell?.value ?? ""));
  }
  set formulas(grid: (FakeValue | null)[][]) {
    this.fake.calls.push("range.formulas");
    this.assign(grid, interpret);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat", () => this.grid((cell) => cell?.numberFormat ?? "General"));
  }
  set numberFormat(grid: string[][]) {
    this.fake.calls.push("range.numberFormat");
    this.assign(
      grid,
      (cell, v) => {
        if (v !== null) cell.numberFormat = String(v);
      },
      "formatCells",
    );
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.sheet, this.box, this.fake, this);
  }
  protected override loadNested(head: string, rest: string): void {
    if (head === "format") this.queueLeaf(`format/${rest}`);
    else super.loadNested(head, rest);
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.fake, this.sheet, this.box);
  }
  get dataValidation() {
    this.fake.calls.push("dataValidation");
    const sheet = this.sheet;
    const box = this.box;
    const later = (fn: () => void) =>
      this.fake.enqueue(() => {
        sheet.requireEditable("structure", box);
        fn();
      });
    return {
      clear: () =>
        later(() => {
          sheet.validations = sheet.validations.filter((v) => !intersects(v.range, box));
        }),
      set rule(rule: unknown) {
        later(() => sheet.validations.push({ range: box, rule }));
      },
      set errorAlert(alert: unknown) {
        later(() => {
          const last = sheet.validations[sheet.validations.length - 1];
          if (last) last.errorAlert = alert;
        });
      },
    };
  }
  getCellProperties(spec: FakeCellPropertiesSpec): FakeCellPropertiesResult {
    this.fake.calls.push("getCellProperties");
    if (!this.fake.caps.v1_9)
      throw new Error("fake: Range.getCellProperties needs ExcelApi 1.9, which this host lacks");
    if (spec.format?.font?.name !== true || Object.keys(spec).length !== 1)
      throw new Error(`fake: getCellProperties models format.font.name only, not ${JSON.stringify(spec)}`);
    return new FakeCellPropertiesResult(this.fake, this);
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.fake, this.sheet, {
      top: this.box.top + row,
      left: this.box.left + col,
      bottom: this.box.top + row,
      right: this.box.left + col,
    });
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    this.fake.calls.push("getResizedRange");
    return new FakeRange(this.fake, this.sheet, {
      ...this.box,
      bottom: this.box.bottom + dr,
      right: this.box.right + dc,
    });
  }
  merge(_across?: boolean): void {
    this.fake.calls.push("merge");
    const { sheet, box } = this;
    this.fake.enqueue(() => {
      sheet.requireEditable("structure", box);
      sheet.merges.push(box);
    });
  }
  unmerge(): void {
    this.fake.calls.push("unmerge");
    const { sheet, box } = this;
    this.fake.enqueue(() => {
      sheet.requireEditable("structure", box);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, box));
    });
  }
  clear(_applyTo?: string): void {
    this.fake.calls.push("range.clear");
    const { sheet, box } = this;
    this.fake.enqueue(() => {
      sheet.requireEditable("structure", box);
      for (const [k] of [...sheet.cells]) {
        const r = Math.floor(k / (MAX_COL + 1));
        const c = k % (MAX_COL + 1);
        if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) sheet.cells.delete(k);
      }
      sheet.merges = sheet.merges.filter((m) => !intersects(m, box));
      sheet.cfs = sheet.cfs.filter((cf) => !intersects(cf.range, box));
      sheet.validations = sheet.validations.filter((v) => !intersects(v.range, box));
    });
  }
  select(): void {
    this.fake.calls.push("select");
    const { sheet, box } = this;
    this.fake.enqueue(() => (this.fake.selection = { sheet: sheet.name, box }));
  }
}

export class FakeChart extends Proxy {
  constructor(
    fake: FakeExcel,
    readonly data: FakeChartData,
    private readonly sheet: FakeSheetData,
  ) {
    super(fake);
  }
  /** Queues a change of this chart, refused on a protected sheet unless objects may be edited. */
  private edit(fn: (data: FakeChartData) => void): void {
    const { sheet, data } = this;
    this.fake.enqueue(() => {
      sheet.requireEditable("objects", { top: 0, left: 0, bottom: 0, right: 0 });
      fn(data);
    });
  }
  get name(): string {
    return this.read("name", () => this.data.name);
  }
  set name(v: string) {
    this.edit((data) => (data.name = v));
  }
  get title() {
    const edit = (fn: (data: FakeChartData) => void) => this.edit(fn);
    return {
      set text(v: string) {
        edit((data) => (data.title = v));
      },
    };
  }
  get axes() {
    const edit = (fn: (data: FakeChartData) => void) => this.edit(fn);
    return {
      valueAxis: {
        title: {
          set text(v: string) {
            edit((data) => (data.valueAxisTitle = v));
          },
        },
      },
    };
  }
  get legend() {
    return { position: "Bottom", set visible(_v: boolean) {} };
  }
  set width(v: number) {
    this.edit((data) => (data.width = v));
  }
  set height(v: number) {
    this.edit((data) => (data.height = v));
  }
  setData(range: FakeRange, seriesBy?: string): void {
    this.fake.calls.push("chart.setData");
    this.edit((data) => {
      data.source = `${range.sheet.name}!${rectToA1(range.box)}`;
      data.seriesBy = seriesBy ?? "Auto";
    });
  }
  setPosition(start: string | FakeRange, _end?: string): void {
    this.edit((data) => (data.position = typeof start === "string" ? start : rectToA1(start.box)));
  }
  delete(): void {
    const { sheet, data } = this;
    this.edit(() => (sheet.charts = sheet.charts.filter((c) => c !== data)));
  }
}

export class FakeChartCollection extends ProxyCollection<FakeChart> {
  constructor(
    fake: FakeExcel,
    private readonly sheet: FakeSheetData,
  ) {
    super(fake);
  }
  protected currentItems(): FakeChart[] {
    return this.sheet.charts.map((c) => new FakeChart(this.fake, c, this.sheet));
  }
  add(type: string, source: FakeRange, seriesBy?: string): FakeChart {
    this.fake.calls.push("charts.add");
    const data: FakeChartData = {
      name: `Chart ${this.fake.nextId++}`,
      type,
      source: `${source.sheet.name}!${rectToA1(source.box)}`,
      seriesBy: seriesBy ?? "Auto",
      title: "",
      valueAxisTitle: "",
      position: null,
      width: 360,
      height: 216,
    };
    const sheet = this.sheet;
    this.fake.enqueue(() => {
      sheet.requireEditable("objects", source.box);
      sheet.charts.push(data);
    });
    return new FakeChart(this.fake, data, this.sheet);
  }
}

/**
 * `Worksheet.protection` (ExcelApi 1.2): `protected` loads; `protect()` of a protected sheet fails
 * (InvalidOperation); `unprotect()` of a sheet protected with a password fails without it or with
 * another one (InvalidArgument); `unprotect()` of an unprotected sheet does nothing, or fails where
 * `fake.unprotectFailsWhenUnprotected` emulates the 2026 regression (office-js#6784).
 */
export class FakeWorksheetProtection extends Proxy {
  constructor(
    fake: FakeExcel,
    private readonly data: FakeSheetData,
  ) {
    super(fake);
  }
  get protected(): boolean {
    return this.read("protected", () => this.data.isProtected);
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    const data = this.data;
    this.fake.enqueue(() => {
      if (data.isProtected)
        throw new FakeOfficeError("InvalidOperation", `The sheet "${data.name}" is already protected.`);
      data.isProtected = true;
      data.protectedWith = password === undefined ? (options ?? {}) : { ...options, password };
    });
  }
  unprotect(password?: string): void {
    const data = this.data;
    const fake = this.fake;
    this.fake.enqueue(() => {
      if (!data.isProtected) {
        if (fake.unprotectFailsWhenUnprotected)
          throw new FakeOfficeError("GeneralException", "An internal error has occurred.");
        return;
      }
      const set = (data.protectedWith as { password?: string } | null)?.password;
      if (set !== undefined && set !== "" && password !== set)
        throw new FakeOfficeError("InvalidArgument", "The password you supplied is not correct.");
      data.isProtected = false;
    });
  }
}

export class FakeWorksheet extends Proxy {
  readonly charts: FakeChartCollection;
  private protectionProxy: FakeWorksheetProtection | null = null;
  constructor(
    fake: FakeExcel,
    readonly data: FakeSheetData,
  ) {
    super(fake);
    this.charts = new FakeChartCollection(fake, data);
  }
  get name(): string {
    return this.read("name", () => this.data.name);
  }
  set name(v: string) {
    const data = this.data;
    this.fake.enqueue(() => {
      this.fake.requireSheetName(v, data);
      data.name = v;
    });
  }
  getRange(address?: string): FakeRange {
    if (address === undefined)
      return new FakeRange(this.fake, this.data, { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL });
    const box = parseA1Range(address);
    if (!box) throw new Error(`fake: bad address "${address}"`);
    return new FakeRange(this.fake, this.data, box);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.fake.calls.push("getUsedRange(valuesOnly)");
    const box = this.data.usedBox(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return new FakeRange(this.fake, this.data, box);
  }
  /** Cached like a real navigation property, so what was loaded on it stays loaded. */
  get protection(): FakeWorksheetProtection {
    this.fake.calls.push("protection");
    this.protectionProxy ??= new FakeWorksheetProtection(this.fake, this.data);
    return this.protectionProxy;
  }
  get freezePanes() {
    this.fake.calls.push("freezePanes");
    const data = this.data;
    const later = (fn: () => void) => this.fake.enqueue(fn);
    return {
      freezeRows(n: number) {
        later(() => (data.frozen = { rows: n, columns: 0 }));
      },
      freezeColumns(n: number) {
        later(() => (data.frozen = { rows: 0, columns: n }));
      },
      freezeAt(range: FakeRange) {
        later(() => (data.frozen = { rows: range.box.bottom + 1, columns: range.box.right + 1 }));
      },
      unfreeze() {
        later(() => (data.frozen = null));
      },
    };
  }
  activate(): void {
    const data = this.data;
    this.fake.enqueue(() => (this.fake.activeSheet = data.name));
  }
  delete(): void {
    const data = this.data;
    this.fake.enqueue(() => (this.fake.sheets = this.fake.sheets.filter((s) => s !== data)));
  }
}

export class FakeWorksheetCollection extends ProxyCollection<FakeWorksheet> {
  protected currentItems(): FakeWorksheet[] {
    return this.fake.sheets.map((s) => new FakeWorksheet(this.fake, s));
  }
  getItem(name: string): FakeWorksheet {
    const data = this.fake.findSheet(name);
    if (!data) {
      this.fake.failAtSync(`ItemNotFound: worksheet "${name}"`, "ItemNotFound");
      return new FakeWorksheet(this.fake, new FakeSheetData(name));
    }
    return new FakeWorksheet(this.fake, data);
  }
  /** The sheet is added when the command runs at sync; its name is checked then (Excel's rules). */
  add(name?: string): FakeWorksheet {
    this.fake.calls.push("worksheets.add");
    const data = new FakeSheetData(name ?? "");
    this.fake.enqueue(() => {
      if (name === undefined) data.name = `Sheet${this.fake.sheets.length + 1}`;
      this.fake.requireSheetName(data.name, data);
      this.fake.sheets.push(data);
    });
    return new FakeWorksheet(this.fake, data);
  }
  getActiveWorksheet(): FakeWorksheet {
    const data = this.fake.findSheet(this.fake.activeSheet ?? "") ?? this.fake.sheets[0];
    if (!data) throw new Error("fake: no sheets");
    return new FakeWorksheet(this.fake, data);
  }
}

/** Options of the fake host. */
export interface FakeExcelOptions {
  /** The host's requirement sets (default: all). */
  readonly caps?: Caps;
  /** "web" caps each request and response at 5 MB in UTF-8 bytes, as Excel on the web does; "desktop" (default) does not. */
  readonly platform?: "web" | "desktop";
}

/** The fake host: sheets, a request context with counted syncs, and a log of API calls. */
export class FakeExcel {
  sheets: FakeSheetData[] = [];
  syncCount = 0;
  calls: string[] = [];
  nextId = 1;
  /** UTF-8 bytes of every grid and rule queued so far (all syncs). */
  payloadBytes = 0;
  activeSheet: string | null = null;
  /** When set, a sync whose loaded range values exceed this many cells fails like Excel on the web's 5 MB limit. */
  responseCellLimit: number | null = null;
  /** Bytes one request may carry (5 MB on the web); a bigger one fails whole: none of its commands run. */
  requestByteLimit: number | null;
  /** Bytes one response may carry (5 MB on the web): loaded values, formulas and number formats. */
  responseByteLimit: number | null;
  /** The officer is typing in a cell: `run` without `delayForCellEdit: true` fails. */
  cellEditMode = false;
  /** Emulates the 2026 regression where `unprotect()` of an unprotected sheet threw (office-js#6784). */
  unprotectFailsWhenUnprotected = false;
  /** The add-in's settings saved in this workbook; each runtime opens its own copy (`openRuntime()`). */
  readonly document = new FakeSettingsDocument();
  /** The options each `run` was given, in order. */
  readonly runs: Excel.RunOptions[] = [];
  selection: { sheet: string; box: Rect } | null = null;
  /** The host's requirement sets: what the fake's API-set-dependent members accept. */
  caps: Caps;
  private readonly queued = new Set<Proxy>();
  private commands: (() => void)[] = [];
  private requestBytes = 0;
  readonly context: {
    workbook: {
      worksheets: FakeWorksheetCollection;
      application: { suspendApiCalculationUntilNextSync(): void };
      getSelectedRange(): FakeRange;
    };
    sync(): Promise<void>;
  };

  constructor(sheets: Record<string, (FakeValue | null)[][]> = {}, options: FakeExcelOptions = {}) {
    this.caps = options.caps ?? ALL_CAPS;
    this.requestByteLimit = options.platform === "web" ? WEB_PAYLOAD_LIMIT : null;
    this.responseByteLimit = options.platform === "web" ? WEB_PAYLOAD_LIMIT : null;
    for (const [name, rows] of Object.entries(sheets)) this.addSheet(name, rows);
    const worksheets = new FakeWorksheetCollection(this);
    this.context = {
      workbook: {
        worksheets,
        application: {
          suspendApiCalculationUntilNextSync: () => void this.calls.push("suspendApiCalculationUntilNextSync"),
        },
        getSelectedRange: () => {
          const sel = this.selection;
          const data = sel ? this.findSheet(sel.sheet) : undefined;
          if (!sel || !data) throw new Error("fake: nothing selected");
          return new FakeRange(this, data, sel.box);
        },
      },
      sync: async () => this.sync(),
    };
  }

  /** Runs the batch's commands in order, then its loads; any failure drops the rest and rejects. */
  private async sync(): Promise<void> {
    this.syncCount++;
    const commands = this.commands;
    const requestBytes = this.requestBytes;
    this.commands = [];
    this.requestBytes = 0;
    const drop = (error: unknown): never => {
      this.queued.clear();
      throw error;
    };
    if (this.requestByteLimit !== null && requestBytes > this.requestByteLimit) {
      drop(
        new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit (${requestBytes} bytes).`,
        ),
      );
    }
    for (const command of commands) {
      try {
        command();
      } catch (error) {
        drop(error);
      }
    }
    if (this.responseCellLimit !== null) {
      let cells = 0;
      for (const proxy of this.queued) {
        if (proxy instanceof FakeRange && proxy.isPending("values")) cells += proxy.cellCount;
        if (proxy instanceof FakeCellPropertiesResult && proxy.isPending("value")) cells += proxy.cellCount;
      }
      if (cells > this.responseCellLimit)
        drop(
          new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit."),
        );
    }
    if (this.responseByteLimit !== null) {
      let bytes = 0;
      for (const proxy of this.queued) if (proxy instanceof FakeRange) bytes += proxy.pendingResponseBytes();
      if (bytes > this.responseByteLimit)
        drop(
          new FakeOfficeError(
            "ResponsePayloadSizeLimitExceeded",
            `The response payload size has exceeded the limit (${bytes} bytes).`,
          ),
        );
    }
    for (const proxy of this.queued) proxy.commit();
    this.queued.clear();
  }

  /**
   * `Excel.run(batch)` / `Excel.run(options, batch)` on this fake. In cell edit mode a run without
   * `delayForCellEdit: true` fails (InvalidOperationInCellEditMode); with it, the batch waits until the
   * officer leaves the cell (here: at once, leaving edit mode).
   */
  readonly run = async <T>(
    a: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    b?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const options = typeof a === "function" ? {} : a;
    const batch = typeof a === "function" ? a : b;
    if (!batch) throw new Error("fake: run without a batch function");
    this.runs.push(options);
    if (this.cellEditMode) {
      if (options.delayForCellEdit !== true)
        throw new FakeOfficeError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      this.cellEditMode = false;
    }
    return batch(this.ctx);
  };

  /** Queues a command for the next sync; `bytes` is what it adds to the request. */
  enqueue(command: () => void, bytes = 0): void {
    this.commands.push(command);
    this.requestBytes += bytes;
    this.payloadBytes += bytes;
  }
  /** Throws Excel's error for a sheet name it refuses (`self` is the sheet being named). */
  requireSheetName(name: string, self: FakeSheetData): void {
    if (
      name.length === 0 ||
      name.length > 31 ||
      FORBIDDEN_NAME_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format: sheet name "${name}".`,
      );
    }
    const clash = this.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${clash.name}" already exists.`);
  }

  /** The fake as the adapter sees it. */
  get ctx(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }
  queueLoad(proxy: Proxy): void {
    this.queued.add(proxy);
  }
  /** Queues a command that fails (a proxy that names something missing fails where it stands in the batch). */
  failAtSync(message: string, code = "GeneralException"): void {
    this.enqueue(() => {
      throw new FakeOfficeError(code, message);
    });
  }
  findSheet(name: string): FakeSheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  sheet(name: string): FakeSheetData {
    const data = this.findSheet(name);
    if (!data) throw new Error(`fake: no sheet "${name}" (have ${this.sheets.map((s) => s.name).join(", ")})`);
    return data;
  }
  /** Adds a sheet with raw values from A1 (strings are stored as typed text, not interpreted). */
  addSheet(name: string, rows: (FakeValue | null)[][], at: { r: number; c: number } = { r: 0, c: 0 }): FakeSheetData {
    const data = new FakeSheetData(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") data.at(at.r + r, at.c + c).value = v;
      }),
    );
    this.sheets.push(data);
    return data;
  }
  select(sheet: string, address: string): void {
    const box = parseA1Range(address);
    if (!box) throw new Error(`bad address ${address}`);
    this.selection = { sheet, box };
  }
  /**
   * In-workbook links (`HYPERLINK("#'Sheet'!A1", …)`) whose sheet is not in the workbook: Excel accepts the formula,
   * but a click says "Reference isn't valid". Listed as "Sheet!A1 → target".
   */
  brokenLinks(): string[] {
    const broken: string[] = [];
    for (const sheet of this.sheets) {
      for (const [index, cell] of sheet.cells) {
        const target = cell.formula ? /^=HYPERLINK\("#((?:[^"]|"")*)"/.exec(cell.formula) : null;
        if (!target) continue;
        const ref = (target[1] as string).replace(/""/g, '"');
        const quoted = /^'((?:[^']|'')*)'!/.exec(ref);
        const name = quoted ? (quoted[1] as string).replace(/''/g, "'") : (ref.split("!")[0] ?? "");
        if (!this.findSheet(name))
          broken.push(
            `${sheet.name}!${rectToA1({ top: Math.floor(index / (MAX_COL + 1)), left: index % (MAX_COL + 1), bottom: Math.floor(index / (MAX_COL + 1)), right: index % (MAX_COL + 1) })} → ${ref}`,
          );
      }
    }
    return broken;
  }
  /** A deep, comparable picture of the whole workbook (for idempotence tests). */
  snapshot(): unknown[] {
    return this.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .filter(([, c]) => c.value !== null || c.formula !== null || c.fill !== null)
        .sort(([a], [b]) => a - b),
      merges: s.merges,
      charts: s.charts,
      cfs: s.cfs.map(({ id: _id, ...rest }) => rest),
      validations: s.validations,
      frozen: s.frozen,
      widths: [...s.columnWidths.entries()],
      protected: s.isProtected,
    }));
  }
}

export { splitAddress };
