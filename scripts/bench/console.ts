import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../../server/app';
import { openHubDb, type Db } from '../../server/db/open';
import { seedDemo } from '../../server/demo';
import { generateDemo } from '../../server/demo/generator';
import { DEMO_CONSOLE_PASSWORD } from '../../server/demo/demo-accounts';
import { consoleClient, type ConsoleClient } from '../../server/console/testing/console-client';
import { apiPath } from '../../shared/console/access';
import { REPO_ROOT } from './hub-bench.lib';

/**
 * The district console at district scale (issue 10): the demo generator at 200,000 cases and 20
 * rooms, then the p95 of each console list and of the case page at the hub over HTTP, against the
 * same-run floor of the hub's cheapest route (GET /api/v1/health); and the console's first
 * download, gzip, against the kiosk's own first download. Targets: < 100 ms p95, < 300 kB gzip.
 * The generated database is kept in the temp folder (by its parameters) for the next run.
 * Environment: CONSOLE_BENCH_CASES (default 200000), CONSOLE_BENCH_ROOMS (20).
 */
const CASES = Number(process.env.CONSOLE_BENCH_CASES ?? 200_000);
const ROOMS = Number(process.env.CONSOLE_BENCH_ROOMS ?? 20);
const RUNS = 60;
const NOW = Date.UTC(2026, 10, 29, 4, 0, 0);

function machine(): void {
  console.info(
    `machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
}

async function database(): Promise<Db> {
  const dir = path.join(os.tmpdir(), `console-bench-${CASES}-${ROOMS}-v2`);
  const done = path.join(dir, 'generated');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const db = openHubDb(dir);
    const started = performance.now();
    seedDemo(db, NOW);
    const summary = await generateDemo(db, {
      seed: 20,
      cases: CASES,
      rooms: ROOMS,
      months: 12,
      now: NOW,
    });
    console.info(
      `generated ${summary.cases} cases (${summary.records} kiosk records, ${summary.teamActions} team actions) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    db.close();
    writeFileSync(done, new Date().toISOString());
  } else console.info(`reusing the generated database in ${dir}`);
  return openHubDb(dir);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(
  client: ConsoleClient | null,
  url: string,
  base: string,
): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const started = performance.now();
    const res = client ? await client.get(url) : await fetch(base + url).then((r) => r.text());
    const ms = performance.now() - started;
    if (client && (res as { status: number }).status !== 200)
      throw new Error(`${url}: ${(res as { text: string }).text}`);
    if (i >= 5) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function firstDownloadGzip(dist: string): number {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  let total = gzipSync(html).length;
  for (const file of files)
    total += gzipSync(
      readFileSync(path.join(dist, file.replace(/^(\/console\/|\.\/)/, ''))),
    ).length;
  return total;
}

function buildInto(config: string | null, out: string): void {
  const args = [
    path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'),
    'build',
    '--outDir',
    out,
    '--emptyOutDir',
    '--logLevel',
    'error',
  ];
  if (config) args.push('--config', config);
  const built = spawnSync(process.execPath, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('vite build failed');
}

async function main(): Promise<void> {
  machine();
  const sizes = path.join(os.tmpdir(), `console-bench-build-${process.pid}`);
  buildInto('vite.console.config.ts', path.join(sizes, 'console'));
  buildInto(null, path.join(sizes, 'renderer'));
  const consoleKb = firstDownloadGzip(path.join(sizes, 'console')) / 1024;
  const kioskKb = firstDownloadGzip(path.join(sizes, 'renderer')) / 1024;
  rmSync(sizes, { recursive: true, force: true });

  const db = await database();
  const counts = db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number };
  const app = buildApp({
    db,
    log: false,
    now: () => NOW,
    console: { loginRateLimit: { max: 1000, timeWindow: 60_000 } },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const as = async (username: string) => {
    const c = consoleClient(() => base);
    const res = await c.login(username, DEMO_CONSOLE_PASSWORD);
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    return c;
  };
  const [lawyer, admin, street] = [await as('lawyer'), await as('admin'), await as('xujiahui')];
  const someCases = db
    .prepare(
      "SELECT t.case_id FROM case_teams t WHERE t.team = 'lawyer' AND t.stage <> 'resolved' LIMIT 1",
    )
    .pluck()
    .all() as string[];
  const caseId = someCases[0] ?? '';
  const floor = await time(null, '/api/v1/health', base);
  const rows: [string, ConsoleClient, string][] = [
    ['team inbox (open, by urgency)', lawyer, `${apiPath('team.cases')}?view=open`],
    ['team inbox (overdue)', lawyer, `${apiPath('team.cases')}?view=overdue`],
    ['team inbox (resolved, page 50)', lawyer, `${apiPath('team.cases')}?view=resolved&page=50`],
    ['team inbox (joint sessions)', lawyer, `${apiPath('team.cases')}?view=sessions&sort=session`],
    ['team case page', lawyer, apiPath('team.case', { caseId })],
    ['district cases (open)', admin, `${apiPath('cases.list')}?filter=open`],
    ['district cases (all, page 100)', admin, `${apiPath('cases.list')}?filter=all&page=100`],
    ['district cases (overdue, by due)', admin, `${apiPath('cases.list')}?filter=overdue&sort=due`],
    ['street cases (open)', street, `${apiPath('cases.list')}?filter=open`],
    ['district case page', admin, apiPath('cases.read', { caseId })],
    ['accounts', admin, apiPath('accounts.list')],
    ['audit log', admin, apiPath('audit.list')],
    ['audit log (filtered)', admin, `${apiPath('audit.list')}?action=case.view`],
    ['live counts (team)', lawyer, apiPath('live.counts')],
    ['live counts (district)', admin, apiPath('live.counts')],
  ];
  console.info(
    `\n${counts.n} cases, ${ROOMS} rooms; ${RUNS} requests each over HTTP, one at a time`,
  );
  console.info(
    `floor GET /api/v1/health: p50 ${floor.p50.toFixed(1)} ms, p95 ${floor.p95.toFixed(1)} ms`,
  );
  for (const [name, client, url] of rows) {
    const t = await time(client, url, base);
    console.info(
      `${name.padEnd(34)} p50 ${t.p50.toFixed(1).padStart(6)} ms  p95 ${t.p95.toFixed(1).padStart(6)} ms  (${(t.p95 / floor.p95).toFixed(1)}x floor)  target < 100 ms: ${t.p95 < 100 ? 'PASS' : 'MISS'}`,
    );
  }
  console.info(
    `\nconsole first download: ${consoleKb.toFixed(1)} kB gzip (kiosk's first download in the same run: ${kioskKb.toFixed(1)} kB, ${(consoleKb / kioskKb).toFixed(2)}x)  target < 300 kB: ${consoleKb < 300 ? 'PASS' : 'MISS'}`,
  );
  await app.close();
  db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
