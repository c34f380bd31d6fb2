import type { Db } from '../../server/db/open';
import { addSite } from '../../server/store/sites';
import { DISTRICT_SCOPE } from '../../server/store/stats/batch';
import { seededRandom } from '../../shared/cases/fixtures';
import { STREETS, type StreetId } from '../../shared/sites';
import { sh } from '../../shared/stats/fixtures';
import { generateCase, generateIntake } from '../../shared/stats/generate';
import { splitPartKey, sumParts } from '../../shared/stats/measures';
import { caseParts, intakeParts } from '../../shared/stats/parts';

/**
 * A generated year of figures for the statsFor latency bench: `intakes` intakes and `cases` cases
 * over 100 rooms in the 13 streets, counted with the product's own definitions (intakeParts,
 * caseParts on generated records) and written to `stats_monthly` as the hub would have written them
 * (each room's rows and the district's). The records themselves are not stored: statsFor never
 * reads them, and a year of records would take this machine far longer to push than to count.
 */
export interface YearSize {
  intakes: number;
  cases: number;
  rooms: number;
}

export function generateYear(db: Db, size: YearSize): { rows: number; rooms: string[] } {
  const random = seededRandom(2026);
  const rooms: { siteId: string; street: StreetId }[] = [];
  for (let i = 0; i < size.rooms; i++) {
    const street = STREETS[i % STREETS.length]?.id ?? 'xujiahui';
    const siteId = addSite(
      db,
      { street, roomName: { 'zh-CN': `客厅 ${i + 1}` }, address: { 'zh-CN': '一楼' } },
      Date.now(),
    ).siteId;
    rooms.push({ siteId, street });
  }
  const start = sh(2026, 1, 1, 9);
  const yearMs = sh(2026, 12, 31, 9) - start;
  const caseShare = size.cases / size.intakes;
  const bySite = new Map<string, Map<string, number>>();
  for (let n = 0; n < size.intakes; n++) {
    // Some rooms are much busier than others (the first ones, here), as in any district.
    const room = rooms[Math.floor(random() ** 1.5 * rooms.length)] ?? rooms[0];
    if (!room) throw new Error('no rooms');
    const day = Math.floor(random() * (yearMs / 86_400_000));
    const at = start + day * 86_400_000 + Math.floor(random() * 8 * 3_600_000);
    const intake = generateIntake(n, at, random);
    let site = bySite.get(room.siteId);
    if (!site) bySite.set(room.siteId, (site = new Map<string, number>()));
    sumParts(intakeParts(intake), 1, site);
    if (random() < caseShare) {
      const c = generateCase(random, { intake, deviceId: 'dev_benchdeskaaaaaa' });
      sumParts(caseParts([...c.desk, ...c.team], intake), 1, site);
    }
  }
  const insert = db.prepare(
    'INSERT INTO stats_monthly (scope, month, measure, d1, d2, n) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let rows = 0;
  db.transaction(() => {
    const district = new Map<string, number>();
    for (const [siteId, counts] of bySite)
      for (const [key, n] of counts) {
        const { month, measure, d1, d2 } = splitPartKey(key);
        insert.run(siteId, month, measure, d1, d2, n);
        district.set(key, (district.get(key) ?? 0) + n);
        rows++;
      }
    for (const [key, n] of district) {
      const { month, measure, d1, d2 } = splitPartKey(key);
      insert.run(DISTRICT_SCOPE, month, measure, d1, d2, n);
      rows++;
    }
  }).immediate();
  return { rows, rooms: rooms.map((r) => r.siteId) };
}
