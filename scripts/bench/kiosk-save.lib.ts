import { chromium } from 'playwright-core';
import { RECORDS_DB_NAME } from '../../renderer/db/records-db';
import { CHROMIUM_PATH } from '../../tests/e2e/browser';
import { CHROMIUM_ARGS, makeTempDir, shimEsbuildNames } from './kiosk-harness.lib';
import type { SaveBenchApi } from './kiosk-save-page.lib';

/** Where kiosk-harness's buildSavePage output sits inside the served kiosk folder. */
export const SAVE_PAGE_PATH = 'bench-save/index.html';
const EMPTY_DB_NAME = `${RECORDS_DB_NAME}-bench-empty`;

export interface SaveSamples {
  empty: number[];
  full: number[];
  stored: { records: number; outbox: number };
  seedSeconds: number;
}

interface BenchWindow {
  kioskSaveBench?: SaveBenchApi;
}

/**
 * Save latency with `seedCount` intakes already stored, against the same save into an empty
 * database in the same page. A persistent profile on disk, not a fresh browser context: Chromium
 * keeps IndexedDB of off-the-record contexts in memory, where a strict-durability commit costs no
 * flush and the figure would flatter us.
 */
export async function saveLatencies(
  kioskUrl: string,
  options: { seedCount: number; warmUp: number; rounds: number },
): Promise<SaveSamples> {
  const profile = await makeTempDir('profile');
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    serviceWorkers: 'block',
  });
  try {
    await shimEsbuildNames(context);
    const page = context.pages()[0] ?? (await context.newPage());
    // The kiosk itself creates kiosk-records first, as it would on a real device.
    await page.goto(kioskUrl);
    await page.getByTestId('prompt-contract').waitFor();
    await page.goto(new URL(SAVE_PAGE_PATH, kioskUrl).href);
    await page.waitForFunction(() => (window as BenchWindow).kioskSaveBench !== undefined);

    const names = [EMPTY_DB_NAME, RECORDS_DB_NAME];
    await page.evaluate(
      (n) => Promise.all(n.map((name) => (window as BenchWindow).kioskSaveBench!.open(name))),
      names,
    );
    const seedStart = performance.now();
    await page.evaluate(
      ([name, count]) => (window as BenchWindow).kioskSaveBench!.seed(name, count),
      [RECORDS_DB_NAME, options.seedCount] as const,
    );
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const stored = await page.evaluate(
      (name) => (window as BenchWindow).kioskSaveBench!.counts(name),
      RECORDS_DB_NAME,
    );
    if (stored.records < options.seedCount || stored.outbox < options.seedCount) {
      throw new Error(
        `seeding stored ${stored.records} records and ${stored.outbox} outbox entries, expected ${options.seedCount}`,
      );
    }

    const samples = await page.evaluate(
      ([n, warmUp, rounds]) =>
        (window as BenchWindow).kioskSaveBench!.alternateSaves(n, warmUp, rounds),
      [names, options.warmUp, options.rounds] as const,
    );
    return {
      empty: samples[EMPTY_DB_NAME] ?? [],
      full: samples[RECORDS_DB_NAME] ?? [],
      stored,
      seedSeconds,
    };
  } finally {
    await context.close();
    await profile.remove();
  }
}
