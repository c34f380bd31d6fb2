import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { DEFAULT_RULES } from '../../shared/screening/default-rules';
import { ClassificationRules } from '../../shared/screening/rules';
import { DraftMapping, type ColumnMapping } from '../../shared/screening/work-order';
import type { StreetId } from '../../shared/sites';

/** The district's classification rules: the admin's saved set, else the built-in one. */
export function getRules(db: Db): ClassificationRules {
  const row = statement(db, 'SELECT rules FROM screening_rules WHERE id = 1').get() as
    { rules: string } | undefined;
  return row ? ClassificationRules.parse(JSON.parse(row.rules)) : DEFAULT_RULES;
}

/**
 * Save new rules and re-classify the orders no one corrected by hand, so the meeting's counts
 * follow the rules the district now uses. Call inside a transaction.
 */
export function setRules(
  db: Db,
  rules: ClassificationRules,
  accountId: string,
  now: number,
  reclassify: (rules: ClassificationRules) => number,
): number {
  statement(
    db,
    `INSERT INTO screening_rules (id, rules, updated_at, updated_by) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  ).run(JSON.stringify(rules), now, accountId);
  return reclassify(rules);
}

export function getMapping(db: Db, street: StreetId): DraftMapping | null {
  const row = statement(db, 'SELECT mapping FROM screening_mappings WHERE street = ?').get(
    street,
  ) as { mapping: string } | undefined;
  return row ? DraftMapping.parse(JSON.parse(row.mapping)) : null;
}

export function saveMapping(
  db: Db,
  street: StreetId,
  mapping: ColumnMapping,
  accountId: string,
  now: number,
): void {
  statement(
    db,
    `INSERT INTO screening_mappings (street, mapping, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (street) DO UPDATE SET mapping = excluded.mapping,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(street, JSON.stringify(mapping), now, accountId);
}
