import { makeIssue } from "../issues/makeIssue";
import { isWithoutDiacritics, plainKey } from "../text/plainKey";
import { unitKey } from "../text/unitKey";
import type { Issue, Submission } from "../types";
import { findClosestUnit } from "../units/findClosestUnit";
import type { UnitRecord } from "../units/types";
import { codeIdentity, unitIdentity } from "../units/unitIdentity";
import { unitKind } from "../text/unitKind";
import { unitNameKey } from "../text/unitNameKey";

/** What `resolveUnits` reads of a submission: a store version or any other report naming a unit can stand in. */
export type UnitMention = Pick<Submission, "id" | "source" | "sheet" | "unitCode" | "unitName">;

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

/** Names → the identities they may stand for. */
class NameIndex {
  private readonly byName = new Map<string, Set<string>>();
  private readonly byBare = new Map<string, Set<string>>();
  /** Names written with diacritics by their keys without them, for names typed without (a unit read from "xa-yen-lac-2016.xlsx"). */
  private readonly byPlain = new Map<string, Map<string, string>>();

  /** Records what a name stands for; `exact` for registry units and coded reports, loose-only for uncoded names stating a kind. */
  add(name: string, identity: string, exact: boolean): void {
    const key = unitNameKey(name);
    if (exact) this.byName.set(key, (this.byName.get(key) ?? new Set()).add(identity));
    const bare = unitKey(name);
    this.byBare.set(bare, (this.byBare.get(bare) ?? new Set()).add(identity));
    if (isWithoutDiacritics(name)) return;
    const plain = unitNameKey(plainKey(name));
    this.byPlain.set(plain, (this.byPlain.get(plain) ?? new Map<string, string>()).set(identity, name));
  }

  /**
   * The one identity a name stands for: same kind and key; or, for a name stating no kind, the one
   * unit with its key. A name typed without diacritics that matches nothing so is compared with the
   * names written in full once their diacritics are dropped, and stands for the one unit they name.
   */
  find(name: string): string | undefined {
    const exact = this.byName.get(unitNameKey(name));
    if (exact) return exact.size === 1 ? [...exact][0] : undefined;
    const loose = unitKind(name) === "" ? this.byBare.get(unitKey(name)) : undefined;
    if (loose) return loose.size === 1 ? [...loose][0] : undefined;
    if (!isWithoutDiacritics(name)) return undefined;
    const named = this.byPlain.get(unitNameKey(plainKey(name)));
    // An uncoded name the index also knows as a coded unit's name stands for that unit.
    const identities = new Set(
      [...(named ?? new Map<string, string>())].map(([identity, full]) =>
        identity.startsWith("name:") ? (this.find(full) ?? identity) : identity,
      ),
    );
    return identities.size === 1 ? [...identities][0] : undefined;
  }
}

/**
 * Resolves each submission to a unit. With a registry: by code, else by name; other units get an
 * `unknown-unit` warning with the closest registered name. Without one: by code, else by name, where
 * a name that other submissions carry with exactly one code takes that code. Names compare by kind
 * (xã, phường, thị trấn) and `unitKey`; a name stating no kind matches the one unit with its key; a
 * name typed without diacritics ("Xa Yen Lac", read from a file name) matches the one unit whose
 * name is the same once its diacritics are dropped.
 *
 * @param submissions - every submission of the run (or any mentions of units: the store resolves its versions so too)
 * @param registry - the units registry, when given
 * @returns unit keys per submission, the units, and unknown-unit warnings
 * @example
 * resolveUnits([{ id: "a#1", unitCode: null, unitName: "Xã A", ... }]).unitOf.get("a#1") //=> "name:xa:a"
 */
export function resolveUnits(submissions: readonly UnitMention[], registry?: readonly UnitRecord[]): UnitResolution {
  const units = new Map<string, ResolvedUnit>();
  const byCode = new Map<string, UnitRecord>();
  const names = new NameIndex();
  for (const record of registry ?? []) {
    const key = codeIdentity(record.code);
    byCode.set(key, record);
    names.add(record.name, key, true);
    units.set(key, { key, code: record.code.trim(), name: record.name, record });
  }
  if (!registry) {
    for (const s of submissions) {
      const code = s.unitCode?.trim();
      if (!s.unitName) continue;
      if (code) names.add(s.unitName, codeIdentity(code), true);
      else if (unitKind(s.unitName) !== "") {
        const identity = unitIdentity(null, s.unitName);
        if (identity) names.add(s.unitName, identity, false);
      }
    }
  }
  const unitOf = new Map<string, string | null>();
  const unknown = new Map<string, Issue>();
  for (const s of submissions) {
    const code = s.unitCode?.trim() || null;
    const registered = registry && code && byCode.has(codeIdentity(code)) ? codeIdentity(code) : undefined;
    const named = !registered && (!code || registry) && s.unitName ? names.find(s.unitName) : undefined;
    const key = registered ?? named ?? unitIdentity(code, s.unitName);
    unitOf.set(s.id, key);
    if (key === null) continue;
    if (!units.has(key))
      units.set(key, {
        key,
        code: key.startsWith("code:") ? (code ?? key.slice(5)) : null,
        name: s.unitName ?? code ?? "",
        record: null,
      });
    if (registry && !registered && !named) {
      const closest = findClosestUnit(s.unitName ?? code ?? "", registry);
      unknown.set(
        s.id,
        makeIssue(
          "unknown-unit",
          { source: s.source, sheet: s.sheet },
          { unit: s.unitName ?? code ?? "", suggestion: closest?.name ?? "" },
        ),
      );
    }
  }
  return { unitOf, units: [...units.values()], unknown };
}
