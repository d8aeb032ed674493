/** One unit of the registry ("Đơn vị" sheet or `--units` file). Dates are ISO `yyyy-mm-dd`. */
export interface UnitRecord {
  /** Unit code (Mã đơn vị), unique in the registry. */
  readonly code: string;
  readonly name: string;
  /** Kind: xã, phường, thị trấn, cơ quan, đoàn thể… */
  readonly kind?: string;
  /** First day the unit existed (inclusive). */
  readonly validFrom?: string;
  /** Last day the unit existed (inclusive). */
  readonly validTo?: string;
  /** Codes of the units that took over this one (mergers, splits). */
  readonly successors?: readonly string[];
}
