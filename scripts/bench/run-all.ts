import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run bench`: every bench in scripts/bench/, one after another (never two at once: they
 * time things, and this machine has two cores), each in its own `npx tsx` process so one bench's
 * heap, browser or open handles cannot colour the next one's figures.
 *
 * A bench is any `scripts/bench/*.ts` except this file, `*.lib.ts` (helpers shared by benches)
 * and `*.test.ts`. Benches print figures and targets; a MISS is not a failure. This exits 1 only
 * when a bench could not run to the end.
 */

const BENCH_DIR = import.meta.dirname;
const REPO_ROOT = path.resolve(BENCH_DIR, '../..');

function benchFiles(): string[] {
  return readdirSync(BENCH_DIR, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => e.name)
    .filter((name) => name !== 'run-all.ts' && !/\.(lib|test|d)\.ts$/.test(name))
    .sort();
}

function runBench(file: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', path.relative(REPO_ROOT, path.join(BENCH_DIR, file))], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const files = benchFiles();
  const outcomes: string[] = [];
  let broken = 0;
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const started = performance.now();
    const code = await runBench(file);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    if (code !== 0) broken++;
    outcomes.push(
      `${file}: ${code === 0 ? 'ran' : `COULD NOT RUN (exit ${code})`} in ${seconds} s`,
    );
  }
  console.log(`\n=== ${files.length} benches ===`);
  for (const line of outcomes) console.log(line);
  return broken === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('run-all failed:', error);
    process.exit(1);
  },
);
