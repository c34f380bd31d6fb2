import type { Db } from '../../db/open';
import { DISTRICT_SCOPE, encodeCounts } from './batch';
import type { CaseEvent } from '../../../shared/cases/events';
import type { KioskRecord } from '../../../shared/records/intake';
import { partKey, splitPartKey, sumParts, type Part } from '../../../shared/stats/measures';
import { caseParts, recordParts, type IntakeFacts } from '../../../shared/stats/parts';

/**
 * `npm run hub -- stats rebuild [--dry-run]`: recount every figure from the records still present,
 * plus the archive of what the purge deleted (kept, never zeroed: a purged month's figures live on
 * in `stats_archive`), compare with the stored figures and report every difference; without
 * `--dry-run`, replace the figures (and each case's stored parts) with the recount, in one
 * transaction. A healthy hub reports no difference.
 */

export interface StatsDifference {
  /** A room's site id, or '*' for the district. */
  scope: string;
  month: string;
  measure: string;
  d1: string;
  d2: string;
  stored: number;
  recounted: number;
}

export interface RebuildReport {
  dryRun: boolean;
  /** Intakes and suggestions counted. */
  records: number;
  cases: number;
  /** Rows of the archive (figures of purged records) carried into the recount. */
  archived: number;
  /** Non-zero figures after the recount (rooms and district). */
  buckets: number;
  differences: number;
  /** The first differences, for the report. */
  sample: StatsDifference[];
}

const SAMPLE_MAX = 20;
const CASE_PAGE = 500;

const SQL = {
  archive: 'SELECT site_id, month, measure, d1, d2, n FROM stats_archive',
  // A suggestion counts under the topic staff tagged it with (suggestion_notes).
  records: `SELECT r.site_id, r.body, n.topic FROM records r
     LEFT JOIN suggestion_notes n ON n.suggestion_id = r.id
     WHERE r.kind IN ('intake', 'suggestion')`,
  caseIds: 'SELECT DISTINCT case_id FROM case_events WHERE case_id > ? ORDER BY case_id LIMIT ?',
  // A case belongs to its `cases` row's site (the site of the kiosk that sent its first event).
  eventsOf: `SELECT e.case_id, COALESCE(c.site_id, e.site_id) AS site_id, e.body
     FROM case_events e LEFT JOIN cases c ON c.case_id = e.case_id
     WHERE e.case_id IN (SELECT value FROM json_each(?))`,
  intakesOf: `SELECT id, json_extract(body, '$.prompt') AS prompt, kiosk_created_at AS createdAt
     FROM records WHERE id IN (SELECT value FROM json_each(?)) AND kind = 'intake'`,
  stored: 'SELECT scope, month, measure, d1, d2, n FROM stats_monthly',
  clearParts: 'DELETE FROM stats_case_parts',
  saveParts: `INSERT INTO stats_case_parts (case_id, site_id, parts, intake_prompt, intake_at)
     VALUES (?, ?, ?, ?, ?)`,
  clearFigures: 'DELETE FROM stats_monthly',
  insertFigure:
    'INSERT INTO stats_monthly (scope, month, measure, d1, d2, n) VALUES (?, ?, ?, ?, ?, ?)',
  clearFlag: `DELETE FROM stats_state WHERE key = 'rebuildNeeded'`,
};

type Counts = Map<string, Map<string, number>>;

function into(counts: Counts, scope: string): Map<string, number> {
  let map = counts.get(scope);
  if (!map) counts.set(scope, (map = new Map<string, number>()));
  return map;
}

export function rebuildStats(db: Db, { dryRun }: { dryRun: boolean }): RebuildReport {
  const run = (): RebuildReport => {
    const expected: Counts = new Map();
    let archived = 0;
    for (const row of db.prepare(SQL.archive).iterate() as Iterable<{ site_id: string } & Part>) {
      sumParts([row], 1, into(expected, row.site_id));
      archived++;
    }
    let records = 0;
    for (const row of db.prepare(SQL.records).iterate() as Iterable<{
      site_id: string;
      body: string;
      topic: string | null;
    }>) {
      const parts = recordParts(JSON.parse(row.body) as KioskRecord, row.topic);
      sumParts(parts, 1, into(expected, row.site_id));
      records++;
    }
    // Cases a page at a time (better-sqlite3 runs no other statement while one iterates, and
    // each case's parts are written as its stored parts when this is not a dry run).
    if (!dryRun) db.prepare(SQL.clearParts).run();
    const saveParts = db.prepare(SQL.saveParts);
    const pageOfCases = db.prepare(SQL.caseIds).pluck();
    const eventsOf = db.prepare(SQL.eventsOf);
    const intakesOf = db.prepare(SQL.intakesOf);
    let cases = 0;
    for (let after = ''; ;) {
      const ids = pageOfCases.all(after, CASE_PAGE) as string[];
      if (ids.length === 0) break;
      after = ids[ids.length - 1] ?? after;
      const page = JSON.stringify(ids);
      const byCase = new Map<string, { siteId: string; events: CaseEvent[] }>();
      for (const row of eventsOf.all(page) as {
        case_id: string;
        site_id: string;
        body: string;
      }[]) {
        let entry = byCase.get(row.case_id);
        if (!entry) byCase.set(row.case_id, (entry = { siteId: row.site_id, events: [] }));
        entry.events.push(JSON.parse(row.body) as CaseEvent);
      }
      const intakes = new Map(
        (intakesOf.all(page) as ({ id: string } & IntakeFacts)[]).map((r) => [r.id, r]),
      );
      for (const [caseId, { siteId, events }] of byCase) {
        const intake = intakes.get(caseId) ?? null;
        const counts = sumParts(caseParts(events, intake));
        const site = into(expected, siteId);
        for (const [key, n] of counts) site.set(key, (site.get(key) ?? 0) + n);
        if (!dryRun)
          saveParts.run(
            caseId,
            siteId,
            encodeCounts(counts),
            intake?.prompt ?? null,
            intake?.createdAt ?? null,
          );
        cases++;
      }
    }

    const district = into(expected, DISTRICT_SCOPE);
    for (const [scope, counts] of expected) {
      if (scope === DISTRICT_SCOPE) continue;
      for (const [key, n] of counts) district.set(key, (district.get(key) ?? 0) + n);
    }

    const sample: StatsDifference[] = [];
    let differences = 0;
    const differ = (d: StatsDifference) => {
      differences++;
      if (sample.length < SAMPLE_MAX) sample.push(d);
    };
    const seen = new Set<string>();
    for (const row of db.prepare(SQL.stored).iterate() as Iterable<{ scope: string } & Part>) {
      const key = partKey(row);
      const recounted = expected.get(row.scope)?.get(key) ?? 0;
      seen.add(`${row.scope}\u0002${key}`);
      if (row.n !== recounted) differ({ ...row, stored: row.n, recounted });
    }
    let buckets = 0;
    for (const [scope, counts] of expected)
      for (const [key, n] of counts) {
        if (n === 0) continue;
        buckets++;
        if (!seen.has(`${scope}\u0002${key}`))
          differ({ scope, ...splitPartKey(key), stored: 0, recounted: n });
      }
    sample.sort((a, b) =>
      `${a.month}${a.scope}${a.measure}` < `${b.month}${b.scope}${b.measure}` ? -1 : 1,
    );

    if (!dryRun) {
      db.prepare(SQL.clearFigures).run();
      const insert = db.prepare(SQL.insertFigure);
      for (const [scope, counts] of expected)
        for (const [key, n] of counts) {
          if (n === 0) continue;
          const { month, measure, d1, d2 } = splitPartKey(key);
          insert.run(scope, month, measure, d1, d2, n);
        }
      db.prepare(SQL.clearFlag).run();
    }
    return { dryRun, records, cases, archived, buckets, differences, sample };
  };
  // A dry run only reads (WAL: pushes go on meanwhile); a rebuild holds the write lock throughout.
  return dryRun ? db.transaction(run).deferred() : db.transaction(run).immediate();
}

/** The report in plain lines: counts and figures only, nothing from the records themselves. */
export function describeRebuild(report: RebuildReport): string[] {
  const lines = [
    `statistics: recounted ${report.records} intake(s) and suggestion(s), ${report.cases} case(s), ` +
      `plus ${report.archived} archived figure(s) of purged records (kept as they were)`,
    report.differences === 0
      ? `no difference: all ${report.buckets} figure(s) match the records`
      : `${report.differences} figure(s) differ from the recount` +
        (report.dryRun ? ' (dry run: nothing changed)' : '; replaced with the recount'),
  ];
  for (const d of report.sample)
    lines.push(
      `  ${d.month} ${d.scope === DISTRICT_SCOPE ? 'district' : d.scope} ${d.measure}` +
        `${d.d1 ? ` ${d.d1}` : ''}${d.d2 ? `/${d.d2}` : ''}: stored ${d.stored}, recounted ${d.recounted}`,
    );
  if (report.differences > report.sample.length)
    lines.push(`  ... and ${report.differences - report.sample.length} more`);
  return lines;
}

/** Recount once at start when migration 5 found records already stored (see its comment). */
export function rebuildStatsIfNeeded(db: Db): RebuildReport | null {
  const needed = db.prepare(`SELECT 1 FROM stats_state WHERE key = 'rebuildNeeded'`).get();
  return needed === undefined ? null : rebuildStats(db, { dryRun: false });
}
