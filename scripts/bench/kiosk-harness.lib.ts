import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { startKioskServer, type KioskServer } from '../../tests/e2e/kiosk-server';

/**
 * What the kiosk benches share: building the kiosk, the floor page and the save page with Vite,
 * serving them with the project's own static server, and printing figures. Not a bench itself
 * (run-all skips `*.lib.ts`).
 */

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const FLOOR_DIR = path.join(import.meta.dirname, 'floor');
const SAVE_PAGE_ENTRY = path.join(import.meta.dirname, 'kiosk-save-page.lib.ts');

export { CHROMIUM_ARGS } from '../../tests/e2e/browser';

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(fn, "x")`;
 * a function handed to page.evaluate or addInitScript then throws in the page, where `__name` does
 * not exist. Every context the benches open gets this no-op first.
 */
export async function shimEsbuildNames(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}

export async function makeTempDir(
  label: string,
): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `bench-${label}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The kiosk exactly as `npx vite build` makes it (the project's vite.config.ts), but written to
 * `outDir` so a bench never empties dist/renderer under an e2e run going on beside it.
 */
export async function buildKiosk(outDir: string): Promise<void> {
  await build({
    configFile: path.join(REPO_ROOT, 'vite.config.ts'),
    root: path.join(REPO_ROOT, 'renderer'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'silent',
  });
}

/** The floor page (scripts/bench/floor): React and one button, same Vite, target and base as the kiosk. */
export async function buildFloor(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: FLOOR_DIR,
    base: './',
    build: { outDir, emptyOutDir: true, target: 'chrome120', sourcemap: false },
    plugins: [react()],
    logLevel: 'silent',
  });
}

/** Build a page whose only script is `entry`, so a bench can call the app's own code in Chromium. */
export async function buildEntryPage(entry: string, outDir: string, title: string): Promise<void> {
  const src = await makeTempDir('entry-src');
  try {
    await writeFile(
      path.join(src.dir, 'index.html'),
      `<!doctype html><html><head><meta charset="UTF-8" /><title>${title}</title></head>` +
        '<body><script type="module" src="./entry.ts"></script></body></html>',
    );
    await writeFile(path.join(src.dir, 'entry.ts'), `import ${JSON.stringify(entry)};\n`);
    await build({
      configFile: false,
      root: src.dir,
      base: './',
      build: { outDir, emptyOutDir: true, target: 'chrome120', sourcemap: false },
      logLevel: 'silent',
    });
  } finally {
    await src.remove();
  }
}

/** A page whose only script is kiosk-save-page.lib.ts: the app's own saveIntake, callable from the bench. */
export function buildSavePage(outDir: string): Promise<void> {
  return buildEntryPage(SAVE_PAGE_ENTRY, outDir, 'save bench');
}

export type Served = KioskServer;

/** Serve a built folder the way `npm start` serves the kiosk (same files, headers and CSP). */
export function serve(root: string): Promise<Served> {
  return startKioskServer({ root });
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile: the smallest value with at least p% of the sample at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function machineFacts(chromiumVersion: string): string {
  const cpus = os.cpus();
  return [
    `cores: ${cpus.length} (${cpus[0]?.model.trim() ?? 'unknown'})`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node: ${process.version}`,
    `chromium: ${chromiumVersion} (headless)`,
    `os: ${os.type()} ${os.release()}`,
  ].join(' | ');
}

/** One line of the results table. `pass` is null for a figure printed for information only. */
export interface Figure {
  name: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  pass: boolean | null;
}

export const ms = (n: number): string => `${n.toFixed(1)} ms`;
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const times = (n: number): string => `${n.toFixed(2)}x`;

export function printTable(figures: readonly Figure[]): void {
  const header: Figure = {
    name: 'figure',
    value: 'value',
    baseline: 'baseline (same run)',
    ratio: 'ratio',
    target: 'target',
    pass: null,
  };
  const cells = (f: Figure) => [
    f.name,
    f.value,
    f.baseline,
    f.ratio,
    f.target,
    f === header ? 'result' : f.pass === null ? 'info' : f.pass ? 'PASS' : 'MISS',
  ];
  const rows = [header, ...figures].map(cells);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}
