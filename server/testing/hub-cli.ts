import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The hub's admin CLI as an administrator runs it (`npm run hub -- <args> --data <dir>`). */
export function hubCli(dataDir: string, ...args: string[]): { code: number | null; out: string } {
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(ROOT, 'server/cli.ts'),
      ...args,
      '--data',
      dataDir,
    ],
    { encoding: 'utf8', env: { ...process.env, INIT_CWD: ROOT } },
  );
  return { code: result.status, out: result.stdout };
}
