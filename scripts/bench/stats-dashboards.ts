import { parseArgs } from 'node:util';
import { openHubDb, type Db } from '../../server/db/open';
import { satisfactionByRoom } from '../../server/console/satisfaction';
import { reportCsv, reportXlsx } from '../../server/console/stats-export';
import { statsFor } from '../../server/store/stats/query';
import type { StatsQuery } from '../../shared/stats/figures';
import { sh } from '../../shared/stats/fixtures';
import { previousPeriod } from '../../shared/stats/period';
import { buildReport } from '../../shared/stats/report';
import { fmt, machineFacts, percentile, removeTempDirs, tempDir } from './hub-bench.lib';
import { generateYear } from './stats-year.lib';

/**
 * The console's statistics at a generated year (`npx tsx scripts/bench/stats-dashboards.ts`):
 * --intakes intakes and --cases cases over 100 rooms in the 13 streets (stats-year.lib.ts, the
 * same year as stats-ingest.ts), then what each console screen asks of the hub, in process:
 *   - a dashboard: the period's figures and the period before's (two statsFor), per scope;
 *   - the satisfaction review's per-room ratings;
 *   - the annual export: figures, report tables, XLSX (exceljs) and CSV.
 * Median and p95 after unmeasured warm-up runs, each beside a same-run floor (one indexed
 * SELECT through the same database handle) as a ratio. Targets: dashboards < 300 ms, annual XLSX
 * < 10 s. The low-rating list reads case events, which this generated year does not store.
 *
 * Flags: --intakes 1000000 --cases 300000 --runs 15
 */
const { values: flags } = parseArgs({
  options: {
    intakes: { type: 'string', default: '1000000' },
    cases: { type: 'string', default: '300000' },
    runs: { type: 'string', default: '15' },
  },
});
const RUNS = Number(flags.runs);
const DASHBOARD_TARGET_MS = 300;
const XLSX_TARGET_MS = 10_000;
const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');

/** Wall-clock times, and this process's CPU time for each run (steadier on a shared machine). */
async function time(run: () => unknown, runs = RUNS, warm = 2): Promise<Times> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs + warm; i++) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    await run();
    const used = process.cpuUsage(cpuStart);
    if (i >= warm) {
      wall.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { wall, cpu };
}
interface Times {
  wall: number[];
  cpu: number[];
}

async function main(): Promise<void> {
  console.log(machineFacts());
  const db: Db = openHubDb(tempDir('stats-dashboards'));
  const size = { intakes: Number(flags.intakes), cases: Number(flags.cases), rooms: 100 };
  const t0 = performance.now();
  const { rows, rooms } = generateYear(db, size);
  console.log(
    `a year of ${fmt(size.intakes)} intakes, about ${fmt(size.cases)} cases, 100 rooms: ${fmt(rows)} aggregate rows, made in ${fmt((performance.now() - t0) / 1000, 1)} s`,
  );
  const now = sh(2027, 1, 15);
  const floor = await time(() => db.prepare('SELECT street FROM sites WHERE id = ?').get(rooms[0]));
  const floorP50 = percentile(floor.wall, 50);
  console.log(`floor (one indexed SELECT): median ${fmt(floorP50, 3)} ms`);
  const line = (label: string, times: Times, target: number) => {
    const p50 = percentile(times.wall, 50);
    const p95 = percentile(times.wall, 95);
    const cpu = percentile(times.cpu, 50);
    console.log(
      `  ${label.padEnd(38)} median ${fmt(p50, 1).padStart(7)} ms  p95 ${fmt(p95, 1).padStart(7)} ms  ` +
        `cpu ${fmt(cpu, 1).padStart(7)} ms  ${fmt(p50 / floorP50).padStart(6)}x floor  ` +
        `${verdict(p95 < target)} (p95 < ${fmt(target)} ms)`,
    );
  };
  const places: [string, Omit<StatsQuery, 'from' | 'to'>][] = [
    ['district', { scope: 'district' }],
    ['street (tianping)', { scope: 'street', id: 'tianping' }],
    [`room (${rooms[0] ?? ''})`, { scope: 'room', id: rooms[0] ?? '' }],
  ];
  for (const [period, from, to] of [
    ['year', '2026-01', '2026-12'],
    ['quarter', '2026-10', '2026-12'],
    ['month', '2026-12', '2026-12'],
  ] as const) {
    for (const [label, place] of places) {
      const query = { ...place, from, to } as StatsQuery;
      const before = { ...query, ...previousPeriod(from, to) };
      line(
        `dashboard ${label}, ${period}`,
        await time(() => {
          statsFor(db, query, now);
          statsFor(db, before, now);
        }),
        DASHBOARD_TARGET_MS,
      );
    }
  }
  line(
    'satisfaction by room, district, year',
    await time(() => satisfactionByRoom(db, { scope: 'district' }, '2026-01', '2026-12')),
    DASHBOARD_TARGET_MS,
  );
  const annual = async (format: 'xlsx' | 'csv') => {
    const figures = statsFor(db, { scope: 'district', from: '2026-01', to: '2026-12' }, now);
    const report = buildReport(figures, {
      kind: 'annual',
      lang: 'zh-CN',
      suppress: false,
      roomName: (id) => id,
    });
    return format === 'xlsx' ? reportXlsx(report, new Date(now).toISOString()) : reportCsv(report);
  };
  line('annual export, district, XLSX', await time(() => annual('xlsx'), 5, 1), XLSX_TARGET_MS);
  line('annual export, district, CSV', await time(() => annual('csv'), 5, 1), XLSX_TARGET_MS);
  db.close();
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(removeTempDirs);
