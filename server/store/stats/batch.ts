import type { Db } from '../../db/open';
import { statement } from '../../db/statements';
import { splitPartKey, sumParts, type Part } from '../../../shared/stats/measures';

/** The scope under which the district's own rows are kept beside the rooms'. */
export const DISTRICT_SCOPE = '*';

const UPSERT = `INSERT INTO stats_monthly (scope, month, measure, d1, d2, n) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (scope, month, measure, d1, d2) DO UPDATE SET n = n + excluded.n`;

const disabled = new WeakSet<Db>();

/**
 * Turn counting off for one connection: ONLY for the ingest bench, which measures the push path
 * with and without it in the same run. With it off the figures no longer match the records;
 * `stats rebuild` puts them right.
 */
export function setStatsEnabled(db: Db, on: boolean): void {
  if (on) disabled.delete(db);
  else disabled.add(db);
}

export function statsEnabled(db: Db): boolean {
  return !disabled.has(db);
}

/**
 * Changes to the monthly aggregates, added up in memory and written once per transaction: a push
 * of 500 intakes from one room touches a few dozen rows, so it writes a few dozen upserts (twice:
 * the room's row and the district's), not thousands. Must be flushed inside the transaction that
 * stored the records it counts, so the figures and the records commit together or not at all.
 */
export class StatsBatch {
  private readonly bySite = new Map<string, Map<string, number>>();

  constructor(private readonly db: Db) {}

  get enabled(): boolean {
    return statsEnabled(this.db);
  }

  /** Add `parts` (or take them away, with sign -1) to a room's figures. */
  add(siteId: string, parts: Iterable<Part>, sign = 1): void {
    let site = this.bySite.get(siteId);
    if (!site) {
      site = new Map();
      this.bySite.set(siteId, site);
    }
    sumParts(parts, sign, site);
  }

  /** Add counts already keyed by partKey (a difference worked out by the caller). */
  addCounts(siteId: string, counts: ReadonlyMap<string, number>): void {
    let site = this.bySite.get(siteId);
    if (!site) this.bySite.set(siteId, (site = new Map<string, number>()));
    for (const [key, n] of counts) site.set(key, (site.get(key) ?? 0) + n);
  }

  /** Write everything added so far, and start empty. */
  flush(): void {
    if (!this.db.inTransaction) throw new Error('statistics are written inside a transaction');
    const upsert = statement(this.db, UPSERT);
    const district = new Map<string, number>();
    for (const [siteId, counts] of this.bySite) {
      for (const [key, n] of counts) {
        if (n === 0) continue;
        const { month, measure, d1, d2 } = splitPartKey(key);
        upsert.run(siteId, month, measure, d1, d2, n);
        district.set(key, (district.get(key) ?? 0) + n);
      }
    }
    for (const [key, n] of district) {
      if (n === 0) continue;
      const { month, measure, d1, d2 } = splitPartKey(key);
      upsert.run(DISTRICT_SCOPE, month, measure, d1, d2, n);
    }
    this.bySite.clear();
  }
}

/**
 * A case's parts as stored with it (`stats_case_parts.parts`): one `month\tmeasure\td1\td2\tn`
 * per line, in the order caseParts made them, so the same parts give the same text.
 */
export function encodeCounts(counts: ReadonlyMap<string, number>): string {
  let text = '';
  for (const [key, n] of counts) text += `${text === '' ? '' : '\n'}${key}\t${n}`;
  return text;
}

export function decodeCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (text === '') return counts;
  for (const line of text.split('\n')) {
    const tab = line.lastIndexOf('\t');
    counts.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return counts;
}
