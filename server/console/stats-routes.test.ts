import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../testing/test-hub';
import { consoleClient, type ConsoleClient } from './testing/console-client';
import { seedDemo } from '../demo';
import { generateDemo } from '../demo/generator';
import { DEMO_CONSOLE_PASSWORD } from '../demo/demo-accounts';
import { statsFor } from '../store/stats/query';
import { apiPath } from '../../shared/console/access';
import { addMonths, shanghaiMonth } from '../../shared/stats/month';
import { LowRatings } from '../../shared/stats/review';

/**
 * The statistics routes over real HTTP on a real SQLite file with the seeded demo: the export
 * is a valid XLSX with the hub's own figures, a CSV with a BOM, a supervisor's file hides small
 * counts and carries no personal information, every export is audited, a street office stays in
 * its street, and the low-rating list is for staff only.
 */
let hub: TestHub;
let phones: string[];
let period: string;
const users = new Map<string, ConsoleClient>();

beforeAll(async () => {
  hub = await startTestHub({ console: { loginRateLimit: { max: 1000, timeWindow: 60_000 } } });
  const now = hub.clock.ms;
  seedDemo(hub.db, now);
  phones = (await generateDemo(hub.db, { seed: 11, cases: 120, rooms: 3, months: 3, now })).phones;
  const to = shanghaiMonth(now);
  period = `from=${addMonths(to, -3)}&to=${to}`;
  for (const name of ['admin', 'supervisor', 'xujiahui']) {
    const c = consoleClient(() => hub.url);
    expect((await c.login(name, DEMO_CONSOLE_PASSWORD)).status).toBe(200);
    users.set(name, c);
  }
});
afterAll(() => hub?.close());

function user(name: string): ConsoleClient {
  const c = users.get(name);
  if (!c) throw new Error(name);
  return c;
}

async function download(name: string, query: string): Promise<Response> {
  return fetch(`${hub.url}${apiPath('stats.export')}?${query}`, {
    headers: { cookie: user(name).cookie ?? '' },
  });
}

async function sheets(res: Response): Promise<Map<string, (string | number)[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const out = new Map<string, (string | number)[][]>();
  book.eachSheet((sheet) => {
    const rows: (string | number)[][] = [];
    sheet.eachRow((row) => rows.push((row.values as (string | number)[]).slice(1)));
    out.set(sheet.name, rows);
  });
  return out;
}

describe('statistics exports', () => {
  it('an annual XLSX has a sheet per table with headers, and the hub’s own figures', async () => {
    const res = await download(
      'admin',
      `scope=district&${period}&report=annual&format=xlsx&lang=en`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="annual-district-/,
    );
    const book = await sheets(res);
    expect([...book.keys()]).toEqual(
      expect.arrayContaining([
        'Totals',
        'By month',
        'By street/town'.replace('/', ' '),
        'By prompt',
      ]),
    );
    const totals = book.get('Totals') ?? [];
    expect(totals[0]).toEqual(['Figure', 'Value']);
    const to = shanghaiMonth(hub.clock.ms);
    const figures = statsFor(
      hub.db,
      { scope: 'district', from: addMonths(to, -3), to },
      hub.clock.ms,
    );
    expect(figures.totals.intakes).toBeGreaterThan(0);
    expect(totals.find((r) => r[0] === 'Kiosk intakes')?.[1]).toBe(figures.totals.intakes);
    expect(totals.find((r) => r[0] === 'Cases')?.[1]).toBe(figures.totals.cases);
    const byMonth = book.get('By month') ?? [];
    expect(byMonth.slice(1).map((r) => r[1])).toEqual(figures.byMonth.map((m) => m.intakes));
  });

  it('a CSV starts with a BOM and is written in Chinese by default', async () => {
    const res = await download('admin', `scope=district&${period}&report=annual&format=csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('全年服务量统计');
  });

  it('a supervisor’s export shows no count under 5 and no personal information; it is audited', async () => {
    const res = await download('supervisor', `scope=district&${period}&report=annual&format=xlsx`);
    expect(res.status).toBe(200);
    const book = await sheets(res);
    let hidden = 0;
    for (const [name, rows] of book) {
      const [header = [], ...body] = rows;
      // Counts only: not the first column (names, months, scores) nor a mean rating.
      const counts = header.flatMap((h, i) => (i > 0 && h !== '平均评分' ? [i] : []));
      for (const row of body.filter((r) => r[0] !== '平均评分'))
        for (const i of counts) {
          const cell = row[i];
          if (cell === '<5') hidden++;
          else if (typeof cell === 'number') expect(cell === 0 || cell >= 5, name).toBe(true);
          else expect(String(cell), name).toMatch(/^(—|\d+\.\d%)$/);
        }
    }
    expect(hidden).toBeGreaterThan(0);
    const text = JSON.stringify([...book.values()]);
    for (const phone of phones) expect(text).not.toContain(phone);
    const lines = hub.db
      .prepare(
        "SELECT role, target_id, outcome, detail FROM audit_log WHERE action = 'stats.export' ORDER BY id",
      )
      .all() as { role: string; target_id: string; outcome: string; detail: string }[];
    expect(lines.at(-1)).toMatchObject({
      role: 'supervisor',
      target_id: 'district',
      outcome: 'ok',
    });
    expect(lines.at(-1)?.detail).toMatch(/^annual xlsx /);
  });

  it('a street office exports its street, and is refused (and audited) for another', async () => {
    const to = shanghaiMonth(hub.clock.ms);
    const own = await download(
      'xujiahui',
      `scope=street&id=xujiahui&from=${to}&to=${to}&report=monthly&format=csv`,
    );
    expect(own.status).toBe(200);
    const other = await download(
      'xujiahui',
      `scope=street&id=tianping&from=${to}&to=${to}&report=monthly&format=csv`,
    );
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: string }).error).toBe('out_of_scope');
    const denied = hub.db
      .prepare(
        "SELECT target_id FROM audit_log WHERE action = 'access.stats.export' AND outcome = 'denied'",
      )
      .pluck()
      .all();
    expect(denied).toContain('street:tianping');
  });

  it('refuses a bad query with a fixed code and writes nothing', async () => {
    const before = hub.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get();
    const res = await download(
      'admin',
      `scope=district&from=2026-13&to=2026-01&report=annual&format=pdf`,
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('bad_request');
    const monthly = await download(
      'admin',
      `scope=district&from=2026-01&to=2026-03&report=monthly&format=csv`,
    );
    expect(monthly.status).toBe(400);
    expect(hub.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(before);
  });
});

describe('satisfaction review', () => {
  it('per room adds up to the district’s ratings', async () => {
    const res = await user('admin').get(
      `${apiPath('stats.satisfaction')}?scope=district&${period}`,
    );
    const rooms = (res.body as { rooms: { ratings: number; distribution: number[] }[] }).rooms;
    const to = shanghaiMonth(hub.clock.ms);
    const figures = statsFor(
      hub.db,
      { scope: 'district', from: addMonths(to, -3), to },
      hub.clock.ms,
    );
    expect(rooms.reduce((s, r) => s + r.ratings, 0)).toBe(figures.satisfaction.ratings);
    expect(figures.satisfaction.ratings).toBeGreaterThan(0);
  });

  it('lists low ratings with their cases for staff, nothing personal; a supervisor is refused', async () => {
    const res = await user('admin').get(
      `${apiPath('stats.lowRatings')}?scope=district&${period}&maxScore=2`,
    );
    expect(res.status).toBe(200);
    const list = LowRatings.parse(res.body);
    expect(list.rows.length).toBeGreaterThan(0);
    for (const row of list.rows) expect(row.score).toBeLessThanOrEqual(2);
    for (const phone of phones) expect(res.text).not.toContain(phone);
    const sup = await user('supervisor').get(
      `${apiPath('stats.lowRatings')}?scope=district&${period}`,
    );
    expect(sup.status).toBe(403);
  });
});
