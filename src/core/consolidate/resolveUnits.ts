import { makeIssue } from "../issues/makeIssue";
import type { Issue, Submission } from "../types";
import { findClosestUnit } from "../units/findClosestUnit";
import type { UnitRecord } from "../units/types";
import { codeIdentity, unitIdentity, unitNameKey } from "./unitIdentity";

/** A unit as resolved from submissions and the registry. */
export interface ResolvedUnit {
  readonly key: string;
  readonly code: string | null;
  readonly name: string;
  readonly record: UnitRecord | null;
}

/** Result of resolving every submission to a unit. */
export interface UnitResolution {
  /** Unit key per submission id (null when the submission names no unit). */
  readonly unitOf: ReadonlyMap<string, string | null>;
  /** Every unit: registry units first (registry order), then units seen only in submissions (first-seen order). */
  readonly units: readonly ResolvedUnit[];
  /** `unknown-unit` warnings per submission id (only when a registry is given). */
  readonly unknown: ReadonlyMap<string, Issue>;
}

function uniqueValue<V>(map: ReadonlyMap<string, ReadonlySet<V>>, key: string): V | undefined {
  const values = map.get(key);
  return values && values.size === 1 ? [...values][0] : undefined;
}

/**
 * Resolves each submission to a unit. With a registry: by code, else by name key; other units get an
 * `unknown-unit` warning with the closest registered name. Without one: by code, else by name key,
 * where a name that other submissions carry with exactly one code takes that code.
 *
 * @param submissions - every submission of the run
 * @param registry - the units registry, when given
 * @returns unit keys per submission, the units, and unknown-unit warnings
 * @example
 * resolveUnits([{ id: "a#1", unitCode: null, unitName: "Xã A", ... }]).unitOf.get("a#1") //=> "name:xa4 a"
 */
export function resolveUnits(submissions: readonly Submission[], registry?: readonly UnitRecord[]): UnitResolution {
  const units = new Map<string, ResolvedUnit>();
  const byCode = new Map<string, UnitRecord>();
  const codesByName = new Map<string, Set<string>>();
  for (const record of registry ?? []) {
    const key = codeIdentity(record.code);
    byCode.set(key, record);
    const nameKey = unitNameKey(record.name);
    codesByName.set(nameKey, (codesByName.get(nameKey) ?? new Set()).add(record.code.trim()));
    units.set(key, { key, code: record.code.trim(), name: record.name, record });
  }
  if (!registry) {
    for (const s of submissions) {
      const code = s.unitCode?.trim();
      if (code && s.unitName) {
        const key = unitNameKey(s.unitName);
        codesByName.set(key, (codesByName.get(key) ?? new Set()).add(code));
      }
    }
  }
  const unitOf = new Map<string, string | null>();
  const unknown = new Map<string, Issue>();
  for (const s of submissions) {
    const code = s.unitCode?.trim() || null;
    const nameKey = s.unitName ? unitNameKey(s.unitName) : "";
    const registered = registry && code ? byCode.get(codeIdentity(code))?.code : undefined;
    const inferred = registered ?? ((!code || registry) && nameKey ? uniqueValue(codesByName, nameKey) : undefined);
    const key = inferred ? codeIdentity(inferred) : unitIdentity(code, s.unitName);
    unitOf.set(s.id, key);
    if (key === null) continue;
    if (!units.has(key)) units.set(key, { key, code: inferred ?? code, name: s.unitName ?? code ?? "", record: null });
    if (registry && !inferred) {
      const closest = findClosestUnit(s.unitName ?? code ?? "", registry);
      unknown.set(s.id, makeIssue("unknown-unit", { source: s.source, sheet: s.sheet }, { unit: s.unitName ?? code ?? "", suggestion: closest?.name ?? "" }));
    }
  }
  return { unitOf, units: [...units.values()], unknown };
}
