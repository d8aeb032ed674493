/**
 * A fake of `Office.context.document.settings` as strict as Office (https://learn.microsoft.com/javascript/api/office/office.settings):
 * - the document holds one saved record (name → value, stored as JSON); every runtime that opens the add-in (the task
 *   pane, the ribbon's function file) gets its OWN in-memory copy, loaded when that runtime starts;
 * - `get`, `set` and `remove` touch that copy only; `get` of a missing name is null; values are JSON (a value changed
 *   after `set` is not changed in the copy; `undefined` and functions are refused);
 * - `saveAsync` writes the runtime's WHOLE copy over the saved record (what another runtime saved meanwhile is lost);
 * - `refreshAsync` reloads the copy from the saved record, dropping unsaved changes;
 * - callbacks never run synchronously (Office calls them later), and `failSaves` makes saves fail as they do offline.
 */

/** What Office passes to a settings callback. */
export interface FakeAsyncResult<T> {
  readonly status: "succeeded" | "failed";
  readonly value: T;
  readonly error?: { readonly message: string };
}

type Callback<T> = (result: FakeAsyncResult<T>) => void;

/** The add-in's settings as saved in the workbook file, shared by every runtime. */
export class FakeSettingsDocument {
  /** The saved record, as JSON text (what the file holds). */
  saved = "{}";
  /** `saveAsync` calls that reached the document. */
  saves = 0;
  /** `refreshAsync` calls. */
  refreshes = 0;
  /** Saves fail (e.g. Excel on the web lost its connection). */
  failSaves = false;

  /** A runtime starts: its copy is what the document holds now. */
  openRuntime(): FakeRuntimeSettings {
    return new FakeRuntimeSettings(this);
  }

  /** The saved record, parsed (for assertions). */
  savedValue(name: string): unknown {
    const record = JSON.parse(this.saved) as Record<string, unknown>;
    return name in record ? record[name] : null;
  }
}

/** One runtime's `Office.context.document.settings`. */
export class FakeRuntimeSettings {
  private copy: Record<string, string>;

  constructor(private readonly document: FakeSettingsDocument) {
    this.copy = FakeRuntimeSettings.load(document.saved);
  }

  private static load(saved: string): Record<string, string> {
    const record = JSON.parse(saved) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(record).map(([name, value]) => [name, JSON.stringify(value)]));
  }

  get(name: string): unknown {
    const text = this.copy[name];
    return text === undefined ? null : (JSON.parse(text) as unknown);
  }

  set(name: string, value: unknown): void {
    if (typeof name !== "string" || name === "") throw new Error("fake settings: a setting needs a name");
    const text = JSON.stringify(value);
    if (text === undefined)
      throw new Error(`fake settings: "${name}" is not a string, number, boolean, null, object or array`);
    this.copy[name] = text;
  }

  remove(name: string): void {
    delete this.copy[name];
  }

  saveAsync(callback?: Callback<void>): void;
  saveAsync(options: object, callback?: Callback<void>): void;
  saveAsync(a?: unknown, b?: unknown): void {
    const callback = (typeof a === "function" ? a : b) as Callback<void> | undefined;
    const text = `{${Object.entries(this.copy)
      .map(([name, value]) => `${JSON.stringify(name)}:${value}`)
      .join(",")}}`;
    setTimeout(() => {
      if (this.document.failSaves) {
        callback?.({ status: "failed", value: undefined, error: { message: "The settings could not be saved." } });
        return;
      }
      this.document.saved = text;
      this.document.saves++;
      callback?.({ status: "succeeded", value: undefined });
    }, 0);
  }

  refreshAsync(callback?: Callback<FakeRuntimeSettings>): void {
    setTimeout(() => {
      this.document.refreshes++;
      this.copy = FakeRuntimeSettings.load(this.document.saved);
      callback?.({ status: "succeeded", value: this });
    }, 0);
  }
}
