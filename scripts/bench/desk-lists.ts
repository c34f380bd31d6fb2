import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../../tests/e2e/browser';
import {
  buildEntryPage,
  CHROMIUM_ARGS,
  makeTempDir,
  median,
  ms,
  percentile,
  printTable,
  serve,
  shimEsbuildNames,
  times,
  type Figure,
} from './kiosk-harness.lib';
import type { DeskListsBenchApi } from './desk-lists-page.lib';

/**
 * The front desk's lists with a year of cases: 50,000 cases (each with its intake and all its
 * events, about 300,000 events) seeded into real Chromium IndexedDB on disk (a persistent profile,
 * not an in-memory incognito store), then every list, count, search and case view the desk screens
 * use, timed in the page. Baseline, same run and same page: the same queries on a database holding
 * a single day's cases. Target: under 50 ms (p95) per list or search.
 *
 *   npx tsx scripts/bench/desk-lists.ts [cases]     (default 50000)
 */

const CASES = Number(process.argv[2] ?? 50_000);
const PER_DAY = 137; // 50,000 cases in a year of 365 days
const WARM_UP = 3;
const ROUNDS = 30;
const TARGET_MS = 50;
const PAGE_ENTRY = path.join(import.meta.dirname, 'desk-lists-page.lib.ts');
const YEAR_DB = 'desk-bench-year';
const DAY_DB = 'desk-bench-day';

interface BenchWindow {
  deskListsBench?: DeskListsBenchApi;
}

function buildPage(outDir: string): Promise<void> {
  return buildEntryPage(PAGE_ENTRY, outDir, 'desk lists bench');
}

async function main(): Promise<void> {
  const started = performance.now();
  const work = await makeTempDir('desk-lists');
  const profile = await makeTempDir('desk-lists-profile');
  const pageDir = path.join(work.dir, 'page');
  console.log('… building the bench page (the app’s own queries, bundled by Vite)');
  await buildPage(pageDir);
  const served = await serve(pageDir);
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    serviceWorkers: 'block',
  });
  try {
    await shimEsbuildNames(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(served.url);
    await page.waitForFunction(() => (window as BenchWindow).deskListsBench !== undefined);
    await page.evaluate(
      (names) => Promise.all(names.map((n) => (window as BenchWindow).deskListsBench!.open(n))),
      [YEAR_DB, DAY_DB],
    );
    console.log(
      `… seeding ${CASES.toLocaleString('en')} cases over ${Math.ceil(CASES / PER_DAY)} days`,
    );
    const seedStart = performance.now();
    const yearEvents = await page.evaluate(
      ([n, count, perDay]) => (window as BenchWindow).deskListsBench!.seed(n, count, perDay),
      [YEAR_DB, CASES, PER_DAY] as const,
    );
    const seedSeconds = (performance.now() - seedStart) / 1000;
    await page.evaluate(
      ([n, count, perDay]) => (window as BenchWindow).deskListsBench!.seed(n, count, perDay),
      [DAY_DB, PER_DAY, PER_DAY] as const,
    );
    const stored = await page.evaluate(
      (n) => (window as BenchWindow).deskListsBench!.counts(n),
      YEAR_DB,
    );
    if (stored.cases < CASES) throw new Error(`seeded ${stored.cases} cases, expected ${CASES}`);

    console.log(
      `… timing: ${WARM_UP} warm-up + ${ROUNDS} rounds of every query, alternating databases`,
    );
    const { samples, found } = await page.evaluate(
      ([names, warmUp, rounds]) =>
        (window as BenchWindow).deskListsBench!.timeQueries(names, warmUp, rounds),
      [[YEAR_DB, DAY_DB], WARM_UP, ROUNDS] as const,
    );

    const figures: Figure[] = Object.keys(samples[YEAR_DB] ?? {}).map((query) => {
      const year = samples[YEAR_DB]?.[query] ?? [];
      const day = samples[DAY_DB]?.[query] ?? [];
      const p95 = percentile(year, 95);
      return {
        name: `${query} (${found[YEAR_DB]?.[query] ?? 0} found)`,
        value: `${ms(median(year))} / ${ms(p95)}`,
        baseline: `1 day: ${ms(median(day))} / ${ms(percentile(day, 95))}`,
        ratio: times(median(year) / Math.max(median(day), 0.05)),
        target: `p95 < ${TARGET_MS} ms`,
        pass: p95 < TARGET_MS,
      };
    });
    console.log('');
    console.log(
      'value and baseline: median / p95 over the timed rounds; ratio: medians, year / one day',
    );
    printTable(figures);
    console.log('');
    console.log(
      `stored: ${stored.cases.toLocaleString('en')} cases, ${stored.events.toLocaleString('en')} case events ` +
        `(${yearEvents.toLocaleString('en')} seeded), ${stored.records.toLocaleString('en')} records ` +
        `(intakes + this kiosk's events) in real Chromium IndexedDB on disk; seeding took ${seedSeconds.toFixed(1)} s (not a target)`,
    );
    console.log(`desk lists bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await context.close();
    await served.close();
    await profile.remove();
    await work.remove();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('desk lists bench could not run:', error);
    process.exit(1);
  },
);
