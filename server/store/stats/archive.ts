import type { Db } from '../../db/open';
import { statement } from '../../db/statements';
import { decodeCounts } from './batch';
import { splitPartKey, sumParts } from '../../../shared/stats/measures';
import type { KioskRecord } from '../../../shared/records/intake';
import { recordParts } from '../../../shared/stats/parts';

/**
 * The purge deletes records; the figures they made must stay (docs/statistics.md, "After the
 * purge"). So, in the purge's own transaction, what the purged records and cases had added moves
 * into `stats_archive`, per room: `stats_monthly` does not change at all, and it still equals the
 * archive plus a recount of the records that are left, which is what `stats rebuild` checks.
 */

const SQL = {
  caseParts: `SELECT site_id, parts FROM stats_case_parts
     WHERE case_id IN (SELECT value FROM json_each(?))`,
  dropCaseParts: 'DELETE FROM stats_case_parts WHERE case_id IN (SELECT value FROM json_each(?))',
  countedRecords: `SELECT r.site_id, r.body, n.topic FROM records r
     LEFT JOIN suggestion_notes n ON n.suggestion_id = r.id
     WHERE r.id IN (SELECT value FROM json_each(?)) AND r.kind IN ('intake', 'suggestion')`,
  add: `INSERT INTO stats_archive (site_id, month, measure, d1, d2, n) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (site_id, month, measure, d1, d2) DO UPDATE SET n = n + excluded.n`,
};

/**
 * Keep the figures of cases and records about to be deleted. `caseIds` and `recordIds` are JSON
 * arrays of ids, as the purge holds them. Must run in the purge's transaction, before it deletes.
 */
export function archiveBeforePurge(db: Db, caseIds: string, recordIds: string): void {
  if (!db.inTransaction) throw new Error('archiving runs inside the purge transaction');
  const bySite = new Map<string, Map<string, number>>();
  const siteCounts = (siteId: string) => {
    let site = bySite.get(siteId);
    if (!site) bySite.set(siteId, (site = new Map<string, number>()));
    return site;
  };
  // A case's stored parts are exactly what it added (server/store/stats/count.ts).
  for (const row of statement(db, SQL.caseParts).all(caseIds) as {
    site_id: string;
    parts: string;
  }[]) {
    const site = siteCounts(row.site_id);
    for (const [key, n] of decodeCounts(row.parts)) site.set(key, (site.get(key) ?? 0) + n);
  }
  statement(db, SQL.dropCaseParts).run(caseIds);
  for (const row of statement(db, SQL.countedRecords).all(recordIds) as {
    site_id: string;
    body: string;
    topic: string | null;
  }[])
    sumParts(
      recordParts(JSON.parse(row.body) as KioskRecord, row.topic),
      1,
      siteCounts(row.site_id),
    );
  const add = statement(db, SQL.add);
  for (const [siteId, counts] of bySite)
    for (const [key, n] of counts) {
      if (n === 0) continue;
      const { month, measure, d1, d2 } = splitPartKey(key);
      add.run(siteId, month, measure, d1, d2, n);
    }
}
