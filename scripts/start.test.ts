import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary, rendererIsStale, waitForHealth } from './start';

const tree = (files: Record<string, string>) => {
  const root = mkdtempSync(path.join(tmpdir(), 'start-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
};
const touch = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

describe('electronBinary', () => {
  it('finds the executable that path.txt names', () => {
    const root = tree({
      'node_modules/electron/path.txt': 'electron',
      'node_modules/electron/dist/electron': '',
    });
    expect(electronBinary(root)).toBe(path.join(root, 'node_modules/electron/dist/electron'));
  });

  it('says null when the binary was never downloaded', () => {
    expect(electronBinary(tree({ 'node_modules/electron/index.js': '' }))).toBeNull();
    expect(electronBinary(tree({ 'node_modules/electron/path.txt': 'electron' }))).toBeNull();
  });
});

describe('rendererIsStale', () => {
  it('rebuilds when there is no build, or a source is newer than it', () => {
    const root = tree({ 'renderer/main.tsx': '', 'renderer/main.test.tsx': '' });
    expect(rendererIsStale(root)).toBe(true);
    const index = path.join(root, 'dist/renderer/index.html');
    mkdirSync(path.dirname(index), { recursive: true });
    writeFileSync(index, '');
    touch(path.join(root, 'renderer/main.tsx'), 1_000);
    touch(path.join(root, 'renderer/main.test.tsx'), 3_000);
    touch(index, 2_000);
    expect(rendererIsStale(root)).toBe(false); // a newer test file does not change the bundle
    touch(path.join(root, 'renderer/main.tsx'), 4_000);
    expect(rendererIsStale(root)).toBe(true);
  });
});

describe('waitForHealth', () => {
  it('returns once the hub answers', async () => {
    let calls = 0;
    const hub = http.createServer((_req, res) => res.writeHead(++calls < 3 ? 503 : 200).end());
    await new Promise<void>((r) => hub.listen(0, '127.0.0.1', r));
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    await waitForHealth(
      `http://127.0.0.1:${(hub.address() as AddressInfo).port}/api/v1/health`,
      child,
    );
    expect(calls).toBe(3);
    child.kill();
    hub.close();
  });

  it('fails at once when the hub process exits', async () => {
    const child = spawn(process.execPath, ['-e', 'process.exit(3)']);
    await new Promise((r) => child.once('exit', r));
    await expect(waitForHealth('http://127.0.0.1:1/api/v1/health', child)).rejects.toThrow(
      /exited with code 3/,
    );
  });
});
