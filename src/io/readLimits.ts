/** Size caps applied to an untrusted file before (and while) it is parsed. */
export interface ReadLimits {
  /** Largest raw file, in bytes. */
  readonly maxFileBytes: number;
  /** Largest total of the declared uncompressed sizes of a ZIP's entries, in bytes. */
  readonly maxUncompressedBytes: number;
  /** Most entries a ZIP may hold. */
  readonly maxZipEntries: number;
  /** Most sheets a workbook may hold. */
  readonly maxSheets: number;
  /** Most rows of one sheet (from A1 to its last used row). */
  readonly maxRows: number;
  /** Most columns of one sheet (from A to its last used column). */
  readonly maxColumns: number;
  /**
   * From this many (uncompressed) bytes on, sheets are read only up to the row cap: time and memory
   * stay bounded for a million-row sheet, but a stray cell past the cap is then not seen. Smaller
   * files are read whole, so a far cell (e.g. XFD1048576) shows in the used range and is reported.
   */
  readonly boundRowsFromBytes: number;
}

/** The defaults: 10 MB raw, 100 MB uncompressed, 2,000 ZIP entries, 200 sheets, 5,000 rows × 200 columns; rows bounded from 8 MB. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxZipEntries: 2000,
  maxSheets: 200,
  maxRows: 5000,
  maxColumns: 200,
  boundRowsFromBytes: 8 * 1024 * 1024,
};

/**
 * Fills in every limit the caller left out with its default.
 *
 * @param partial - the limits given (any subset)
 * @returns complete limits
 * @example
 * resolveReadLimits({ maxRows: 100 }).maxColumns //=> 200
 */
export function resolveReadLimits(partial: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...partial };
}

/**
 * Formats a byte count for a message: "512 B", "12 KB", "10 MB" (binary units, one decimal when small).
 *
 * @param bytes - a byte count
 * @returns the human-readable size
 * @example
 * formatBytes(10 * 1024 * 1024) //=> "10 MB"
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = value < 10 && !Number.isInteger(value) ? value.toFixed(1) : String(Math.round(value));
  return `${text} ${units[unit]}`;
}
