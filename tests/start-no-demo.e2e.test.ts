import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hubCli } from '../server/testing/hub-cli';
import { launchChromium } from './e2e/browser';
import { wizardStep } from './e2e/setup-wizard';

/**
 * `npm start -- --no-demo`, for real: the script itself starts a hub with no room and serves a
 * kiosk that opens the wizard (`--browser`, so a machine with Electron serves the browser build
 * too). Ports are free ones picked here; the hub's data goes to a temporary folder.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
let start: ChildProcess;
let output = '';
let browser: Browser;
let kioskUrl: string;
const dataDir = mkdtempSync(path.join(tmpdir(), 'start-no-demo-'));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const [kioskPort, hubPort] = [await freePort(), await freePort()];
  start = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/start.ts',
      '--no-demo',
      '--browser',
    ],
    {
      cwd: ROOT,
      detached: true,
      env: {
        ...process.env,
        KIOSK_PORT: String(kioskPort),
        HUB_PORT: String(hubPort),
        HUB_DATA_DIR: dataDir,
      },
    },
  );
  start.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  start.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  kioskUrl = `http://localhost:${kioskPort}/`;
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('Press Ctrl+C')) {
        clearInterval(check);
        resolve();
      } else if (start.exitCode !== null) {
        clearInterval(check);
        reject(new Error(`npm start exited: ${output}`));
      }
    }, 100);
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (start?.pid !== undefined && start.exitCode === null) {
    const stopped = new Promise((resolve) => start.once('exit', resolve));
    process.kill(-start.pid, 'SIGTERM');
    await stopped;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start -- --no-demo', () => {
  it('says how to add the room and which hub address the browser build uses', () => {
    expect(output).toContain('without a room (first-run mode)');
    expect(output).toContain(`open ${kioskUrl}`);
    expect(output).toContain(`npm run hub -- code issue --site xujiahui --data ${dataDir}`);
    expect(output).toContain(`offers ${kioskUrl.replace(/\/$/, '')} as the hub address`);
  });

  it('starts a hub without the demo room, and a kiosk that opens the wizard', async () => {
    const hubSites = hubCli(dataDir, ['site', 'list']);
    expect(hubSites.out).toContain('no sites yet');

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(kioskUrl);
    await wizardStep(page, 'hub');
    expect(await page.getByTestId('room-name').textContent()).toBe('尚未设置');
    // The browser build reaches the hub through the page's own address.
    expect(await page.getByTestId('setup-hub-url').inputValue()).toBe(kioskUrl.replace(/\/$/, ''));
    await page.getByTestId('setup-lang-en').click();
    await page.getByTestId('setup-next').click();
    // No demo code on this hub either.
    await page.getByTestId('setup-code').fill('DEMO-2026');
    await page.getByTestId('setup-next').click();
    await page.getByTestId('enroll-error').waitFor();
    expect(await page.getByTestId('enroll-error').textContent()).toContain(
      'The hub does not know this code',
    );
  });
});
