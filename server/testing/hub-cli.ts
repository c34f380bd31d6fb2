import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The hub's real entry point as an administrator runs it (`npm run hub -- <args> --data <dir>`),
 * with `stdin` piped in as an admin script would (a volunteer's PIN).
 */
export function hubCli(dataDir: string, args: readonly string[], stdin = '') {
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(ROOT, 'server/cli.ts'),
      ...args,
      '--data',
      dataDir,
    ],
    { encoding: 'utf8', input: stdin, env: { ...process.env, INIT_CWD: ROOT } },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}
