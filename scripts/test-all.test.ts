import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * scripts/test-all.sh, the README's test command, run for real with stand-ins for the system's
 * tools (id, dpkg-query, apt-get, npm) that note how they were called: what it does on a fresh
 * machine, as root and not, without installing anything here.
 */
const SCRIPT = path.join(import.meta.dirname, 'test-all.sh');

function run(machine: { uid: number; installed: string[]; chromium: boolean }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'test-all-'));
  const calls = path.join(dir, 'calls.log');
  writeFileSync(calls, '');
  const tool = (name: string, body: string) => {
    writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(dir, name), 0o755);
  };
  const note = `echo "$(basename "$0") $*" >> ${calls}`;
  tool('id', `echo ${machine.uid}`);
  tool(
    'dpkg-query',
    `for p in ${machine.installed.join(' ')}; do [ "$p" = "$3" ] && { printf 'install ok installed'; exit 0; }; done; exit 1`,
  );
  tool('apt-get', note);
  tool('npm', note);
  const chromium = path.join(dir, 'chromium');
  if (machine.chromium) tool('chromium', 'exit 0');
  const result = spawnSync('bash', [SCRIPT], {
    encoding: 'utf8',
    env: { PATH: `${dir}:/usr/bin:/bin`, CHROMIUM_PATH: chromium, HOME: dir },
  });
  return {
    code: result.status,
    err: result.stderr,
    calls: readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean),
  };
}

const FONTS = ['fonts-noto-cjk', 'fonts-noto-color-emoji'];

describe('scripts/test-all.sh', () => {
  it('runs npm ci and npm test straight away when nothing is missing', () => {
    const { code, calls } = run({ uid: 1000, installed: FONTS, chromium: true });
    expect(code).toBe(0);
    expect(calls).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
  });

  it('as root, installs the missing fonts with apt-get first', () => {
    const { code, calls } = run({ uid: 0, installed: [], chromium: true });
    expect(code).toBe(0);
    expect(calls).toEqual([
      'apt-get update -qq',
      `apt-get install -y -qq ${FONTS.join(' ')}`,
      'npm ci --no-audit --no-fund',
      'npm test',
    ]);
  });

  it('as anyone else, says what to install and how, and runs nothing', () => {
    const { code, err, calls } = run({ uid: 1000, installed: ['fonts-noto-cjk'], chromium: true });
    expect(code).toBe(1);
    expect(err).toContain('sudo apt-get update && sudo apt-get install -y fonts-noto-color-emoji');
    expect(calls).toEqual([]);
  });

  it('refuses a CHROMIUM_PATH that points at nothing', () => {
    const { code, err, calls } = run({ uid: 0, installed: FONTS, chromium: false });
    expect(code).toBe(1);
    expect(err).toContain('CHROMIUM_PATH is set to');
    expect(calls).toEqual([]);
  });
});
