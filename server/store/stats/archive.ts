import type { Db } from '../../db/open';
import { statement } from '../../db/statements';
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
  caseParts: `INSERT INTO stats_archive (site_id, month, measure, d1, d2, n)
     SELECT p.site_id, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4
     FROM stats_case_parts p, json_each(p.parts) j
     WHERE p.case_id IN (SELECT value FROM json_each(?))
     ON CONFLICT (site_id, month, measure, d1, d2) DO UPDATE SET n = n + excluded.n`,
  dropCaseParts: 'DELETE FROM stats_case_parts WHERE case_id IN (SELECT value FROM json_each(?))',
  countedRecords: `SELECT site_id, body FROM records
     WHERE id IN (SELECT value FROM json_each(?)) AND kind IN ('intake', 'suggestion')`,
  add: `INSERT INTO stats_archive (site_id, month, measure, d1, d2, n) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (site_id, month, measure, d1, d2) DO UPDATE SET n = n + excluded.n`,
};

/**
 * Keep the figures of cases and records about to be deleted. `caseIds` and `recordIds` are JSON
 * arrays of ids, as the purge holds them. Must run in the purge's transaction, before it deletes.
 */
export function archiveBeforePurge(db: Db, caseIds: string, recordIds: string): void {
  if (!db.inTransaction) throw new Error('archiving runs inside the purge transaction');
  statement(db, SQL.caseParts).run(caseIds);
  statement(db, SQL.dropCaseParts).run(caseIds);
  const bySite = new Map<string, Map<string, number>>();
  const rows = statement(db, SQL.countedRecords).all(recordIds) as {
    site_id: string;
    body: string;
  }[];
  for (const row of rows) {
    const parts = recordParts(JSON.parse(row.body) as KioskRecord);
    let site = bySite.get(row.site_id);
    if (!site) bySite.set(row.site_id, (site = new Map<string, number>()));
    sumParts(parts, 1, site);
  }
  const add = statement(db, SQL.add);
  for (const [siteId, counts] of bySite)
    for (const [key, n] of counts) {
      const { month, measure, d1, d2 } = splitPartKey(key);
      add.run(siteId, month, measure, d1, d2, n);
    }
}
