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
 * Writes apply immediately (the adapter never reads back what it wrote without a load).
 */
import { parseA1Range, quoteSheetName, rectToA1, splitAddress, type Rect } from "../../src/core";
import { ALL_CAPS, type Caps } from "../../src/excel/caps";

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
      box = box ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) } : { top: r, left: c, bottom: r, right: c };
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
    const paths = spec === undefined ? ["*"] : typeof spec === "string" ? spec.split(",") : Array.isArray(spec) ? spec : Object.keys(spec);
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
  private each(fn: (cell: FakeCell) => void): void {
    this.sheet.forEachIn(this.box, fn);
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
        if (!["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"].includes(v)) throw new Error(`fake: bad font.underline "${v}"`);
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
          set color(_v: string) {},
          set weight(_v: string) {},
        };
      },
    };
  }
  get protection() {
    this.fake.calls.push("format.protection");
    const each = (fn: (cell: FakeCell) => void) => this.each(fn);
    return {
      set locked(v: boolean) {
        each((c) => (c.locked = v));
      },
    };
  }
  set columnWidth(points: number) {
    this.fake.calls.push("format.columnWidth");
    for (let c = this.box.left; c <= this.box.right; c++) this.sheet.columnWidths.set(c, points);
  }
  set rowHeight(_points: number) {}
  set wrapText(v: boolean) {
    this.each((c) => (c.wrap = v));
  }
  set horizontalAlignment(v: string) {
    if (!["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(v)) throw new Error(`fake: bad horizontalAlignment "${v}"`);
    this.each((c) => (c.hAlign = v));
  }
  set verticalAlignment(v: string) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v)) throw new Error(`fake: bad verticalAlignment "${v}"`);
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
    return {
      rule: {
        set formula(f: string) {
          data.formula = f;
        },
      },
      format: {
        fill: {
          set color(c: string) {
            data.fill = c;
          },
        },
        font: {
          set color(c: string) {
            data.fontColor = c;
          },
        },
      },
    };
  }
  delete(): void {
    this.fake.calls.push("conditionalFormats.delete");
    this.sheet.cfs = this.sheet.cfs.filter((cf) => cf !== this.data);
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
    return this.sheet.cfs.filter((cf) => intersects(cf.range, this.box)).map((cf) => new FakeConditionalFormat(this.fake, this.sheet, cf));
  }
  add(type: string): FakeConditionalFormat {
    this.fake.calls.push("conditionalFormats.add");
    const data: FakeCf = { id: this.fake.nextId++, type, range: this.box, formula: null, fill: null, fontColor: null };
    this.sheet.cfs.push(data);
    return new FakeConditionalFormat(this.fake, this.sheet, data);
  }
  clearAll(): void {
    this.fake.calls.push("conditionalFormats.clearAll");
    this.sheet.cfs = this.sheet.cfs.filter((cf) => !intersects(cf.range, this.box));
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
      for (let c = box.left; c <= box.right; c++) row.push({ format: { font: { name: sheet.peek(r, c)?.font.name ?? "Calibri" } } });
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
  private assign(grid: unknown, fn: (cell: FakeCell, v: FakeValue | null) => void): void {
    const rows = this.box.bottom - this.box.top + 1;
    const cols = this.box.right - this.box.left + 1;
    if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new Error(`fake: a ${rows}x${cols} array is required for ${this.addressLocal}`);
    }
    this.fake.payloadBytes += JSON.stringify(grid).length;
    (grid as (FakeValue | null)[][]).forEach((row, i) => row.forEach((v, j) => fn(this.sheet.at(this.box.top + i, this.box.left + j), v)));
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
    this.assign(grid, (cell, v) => {
      if (v !== null) cell.numberFormat = String(v);
    });
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
    return {
      clear: () => {
        sheet.validations = sheet.validations.filter((v) => !intersects(v.range, box));
      },
      set rule(rule: unknown) {
        sheet.validations.push({ range: box, rule });
      },
      set errorAlert(alert: unknown) {
        const last = sheet.validations[sheet.validations.length - 1];
        if (last) last.errorAlert = alert;
      },
    };
  }
  getCellProperties(spec: FakeCellPropertiesSpec): FakeCellPropertiesResult {
    this.fake.calls.push("getCellProperties");
    if (!this.fake.caps.v1_9) throw new Error("fake: Range.getCellProperties needs ExcelApi 1.9, which this host lacks");
    if (spec.format?.font?.name !== true || Object.keys(spec).length !== 1) throw new Error(`fake: getCellProperties models format.font.name only, not ${JSON.stringify(spec)}`);
    return new FakeCellPropertiesResult(this.fake, this);
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.fake, this.sheet, { top: this.box.top + row, left: this.box.left + col, bottom: this.box.top + row, right: this.box.left + col });
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    this.fake.calls.push("getResizedRange");
    return new FakeRange(this.fake, this.sheet, { ...this.box, bottom: this.box.bottom + dr, right: this.box.right + dc });
  }
  merge(_across?: boolean): void {
    this.fake.calls.push("merge");
    this.sheet.merges.push(this.box);
  }
  unmerge(): void {
    this.fake.calls.push("unmerge");
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.box));
  }
  clear(_applyTo?: string): void {
    this.fake.calls.push("range.clear");
    for (const [k] of [...this.sheet.cells]) {
      const r = Math.floor(k / (MAX_COL + 1));
      const c = k % (MAX_COL + 1);
      if (r >= this.box.top && r <= this.box.bottom && c >= this.box.left && c <= this.box.right) this.sheet.cells.delete(k);
    }
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.box));
    this.sheet.cfs = this.sheet.cfs.filter((cf) => !intersects(cf.range, this.box));
    this.sheet.validations = this.sheet.validations.filter((v) => !intersects(v.range, this.box));
  }
  select(): void {
    this.fake.calls.push("select");
    this.fake.selection = { sheet: this.sheet.name, box: this.box };
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
  get name(): string {
    return this.read("name", () => this.data.name);
  }
  set name(v: string) {
    this.data.name = v;
  }
  get title() {
    const data = this.data;
    return {
      set text(v: string) {
        data.title = v;
      },
    };
  }
  get axes() {
    const data = this.data;
    return {
      valueAxis: {
        title: {
          set text(v: string) {
            data.valueAxisTitle = v;
          },
        },
      },
    };
  }
  get legend() {
    return { position: "Bottom", set visible(_v: boolean) {} };
  }
  set width(v: number) {
    this.data.width = v;
  }
  set height(v: number) {
    this.data.height = v;
  }
  setData(range: FakeRange, seriesBy?: string): void {
    this.fake.calls.push("chart.setData");
    this.data.source = `${range.sheet.name}!${rectToA1(range.box)}`;
    this.data.seriesBy = seriesBy ?? "Auto";
  }
  setPosition(start: string | FakeRange, _end?: string): void {
    this.data.position = typeof start === "string" ? start : rectToA1(start.box);
  }
  delete(): void {
    this.sheet.charts = this.sheet.charts.filter((c) => c !== this.data);
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
    this.sheet.charts.push(data);
    return new FakeChart(this.fake, data, this.sheet);
  }
}

export class FakeWorksheet extends Proxy {
  readonly charts: FakeChartCollection;
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
    this.data.name = v;
  }
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.fake, this.data, { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL });
    const box = parseA1Range(address);
    if (!box) throw new Error(`fake: bad address "${address}"`);
    return new FakeRange(this.fake, this.data, box);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.fake.calls.push("getUsedRange(valuesOnly)");
    const box = this.data.usedBox(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return new FakeRange(this.fake, this.data, box);
  }
  get protection() {
    this.fake.calls.push("protection");
    const data = this.data;
    return {
      protect(options?: unknown) {
        data.isProtected = true;
        data.protectedWith = options ?? {};
      },
      unprotect() {
        data.isProtected = false;
      },
    };
  }
  get freezePanes() {
    this.fake.calls.push("freezePanes");
    const data = this.data;
    return {
      freezeRows(n: number) {
        data.frozen = { rows: n, columns: 0 };
      },
      freezeColumns(n: number) {
        data.frozen = { rows: 0, columns: n };
      },
      freezeAt(range: FakeRange) {
        data.frozen = { rows: range.box.bottom + 1, columns: range.box.right + 1 };
      },
      unfreeze() {
        data.frozen = null;
      },
    };
  }
  activate(): void {
    this.fake.activeSheet = this.data.name;
  }
  delete(): void {
    this.fake.sheets = this.fake.sheets.filter((s) => s !== this.data);
  }
}

export class FakeWorksheetCollection extends ProxyCollection<FakeWorksheet> {
  protected currentItems(): FakeWorksheet[] {
    return this.fake.sheets.map((s) => new FakeWorksheet(this.fake, s));
  }
  getItem(name: string): FakeWorksheet {
    const data = this.fake.findSheet(name);
    if (!data) {
      this.fake.failAtSync(`ItemNotFound: worksheet "${name}"`);
      return new FakeWorksheet(this.fake, new FakeSheetData(name));
    }
    return new FakeWorksheet(this.fake, data);
  }
  add(name?: string): FakeWorksheet {
    this.fake.calls.push("worksheets.add");
    const sheetName = name ?? `Sheet${this.fake.sheets.length + 1}`;
    if (this.fake.findSheet(sheetName)) throw new Error(`fake: a sheet named "${sheetName}" already exists`);
    const data = new FakeSheetData(sheetName);
    this.fake.sheets.push(data);
    return new FakeWorksheet(this.fake, data);
  }
  getActiveWorksheet(): FakeWorksheet {
    const data = this.fake.findSheet(this.fake.activeSheet ?? "") ?? this.fake.sheets[0];
    if (!data) throw new Error("fake: no sheets");
    return new FakeWorksheet(this.fake, data);
  }
}

/** The fake host: sheets, a request context with counted syncs, and a log of API calls. */
export class FakeExcel {
  sheets: FakeSheetData[] = [];
  syncCount = 0;
  calls: string[] = [];
  nextId = 1;
  payloadBytes = 0;
  activeSheet: string | null = null;
  /** When set, a sync whose loaded range values exceed this many cells fails like Excel on the web's 5 MB limit. */
  responseCellLimit: number | null = null;
  selection: { sheet: string; box: Rect } | null = null;
  /** The host's requirement sets: what the fake's API-set-dependent members accept. */
  caps: Caps;
  private readonly queued = new Set<Proxy>();
  private errors: string[] = [];
  readonly context: {
    workbook: {
      worksheets: FakeWorksheetCollection;
      application: { suspendApiCalculationUntilNextSync(): void };
      getSelectedRange(): FakeRange;
    };
    sync(): Promise<void>;
  };

  constructor(sheets: Record<string, (FakeValue | null)[][]> = {}, options: { caps?: Caps } = {}) {
    this.caps = options.caps ?? ALL_CAPS;
    for (const [name, rows] of Object.entries(sheets)) this.addSheet(name, rows);
    const worksheets = new FakeWorksheetCollection(this);
    this.context = {
      workbook: {
        worksheets,
        application: { suspendApiCalculationUntilNextSync: () => void this.calls.push("suspendApiCalculationUntilNextSync") },
        getSelectedRange: () => {
          const sel = this.selection;
          const data = sel ? this.findSheet(sel.sheet) : undefined;
          if (!sel || !data) throw new Error("fake: nothing selected");
          return new FakeRange(this, data, sel.box);
        },
      },
      sync: async () => {
        this.syncCount++;
        const errors = this.errors;
        this.errors = [];
        if (errors.length > 0) throw new Error(errors.join("; "));
        if (this.responseCellLimit !== null) {
          let cells = 0;
          for (const proxy of this.queued) {
            if (proxy instanceof FakeRange && proxy.isPending("values")) cells += proxy.cellCount;
            if (proxy instanceof FakeCellPropertiesResult && proxy.isPending("value")) cells += proxy.cellCount;
          }
          if (cells > this.responseCellLimit) {
            this.queued.clear();
            throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
          }
        }
        for (const proxy of this.queued) proxy.commit();
        this.queued.clear();
      },
    };
  }

  /** The fake as the adapter sees it. */
  get ctx(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }
  queueLoad(proxy: Proxy): void {
    this.queued.add(proxy);
  }
  failAtSync(message: string): void {
    this.errors.push(message);
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
  /** A deep, comparable picture of the whole workbook (for idempotence tests). */
  snapshot(): unknown[] {
    return this.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()].filter(([, c]) => c.value !== null || c.formula !== null || c.fill !== null).sort(([a], [b]) => a - b),
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
