import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hubCli } from '../testing/hub-cli';

const dataDir = mkdtempSync(path.join(tmpdir(), 'hub-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The real `npm run hub -- ...` entry point, as an admin runs it. */
const hub = (...args: string[]) => hubCli(dataDir, args);

describe('server/cli.ts', () => {
  it('prints a plain result and exits 0', () => {
    const added = hub(
      'site',
      'add',
      '--street',
      'hunan',
      '--room',
      '湖南路街道公共法律服务客厅',
      '--address',
      '生活盒子',
    );
    expect(added).toMatchObject({
      code: 0,
      out: 'added site hunan (湖南路街道): 湖南路街道公共法律服务客厅\n',
    });
  });

  it('exits 2 with a clear message on a bad command line or an unknown site', () => {
    const unknown = hub('launch');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^error: unknown command "launch"/);
    const noSite = hub('code', 'issue', '--site', 'atlantis');
    expect(noSite.code).toBe(2);
    expect(noSite.err).toBe('error: no site with id atlantis\n');
  });

  it('exits 2 before serving when a trusted proxy is not an address', () => {
    const badProxy = hub('serve', '--port', '0', '--trust-proxy', 'loopback');
    expect(badProxy.code).toBe(2);
    expect(badProxy.err).toMatch(/^error: --trust-proxy: "loopback" is not an IP address/);
  });
});
