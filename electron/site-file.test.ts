import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_FILE_MAX_BYTES, SITE_FILE_NAME } from '../shared/ipc';
import { readSiteFile, removableMountPoints } from './site-file';

function media(...files: (string | Buffer | null)[]): string[] {
  const base = mkdtempSync(path.join(tmpdir(), 'media-'));
  return files.map((content, i) => {
    const mount = path.join(base, `usb${i}`);
    mkdirSync(mount);
    if (content !== null) writeFileSync(path.join(mount, SITE_FILE_NAME), content);
    return mount;
  });
}

describe('readSiteFile', () => {
  it('returns the raw text from the first medium that has the file', async () => {
    const text = '{"siteId":"xujiahui-01","name":"徐家汇街道公共法律服务客厅"}';
    expect(await readSiteFile(media(null, text))).toEqual({ ok: true, value: text });
  });

  it('answers not_found when no medium has it', async () => {
    expect(await readSiteFile(media(null, null))).toEqual({ ok: false, error: 'not_found' });
    expect(await readSiteFile(['/nonexistent/mount'])).toEqual({ ok: false, error: 'not_found' });
  });

  it('refuses a file over 64 KB', async () => {
    expect(await readSiteFile(media('x'.repeat(SITE_FILE_MAX_BYTES + 1)))).toEqual({
      ok: false,
      error: 'too_large',
    });
    expect((await readSiteFile(media('x'.repeat(SITE_FILE_MAX_BYTES)))).ok).toBe(true);
  });

  it('refuses text that is not UTF-8', async () => {
    expect(await readSiteFile(media(Buffer.from([0xff, 0xfe, 0x00, 0xc3])))).toEqual({
      ok: false,
      error: 'unreadable',
    });
  });

  it('skips a folder that has the file name', async () => {
    const [mount] = media(null);
    mkdirSync(path.join(mount ?? '', SITE_FILE_NAME));
    expect(await readSiteFile([mount ?? ''])).toEqual({ ok: false, error: 'not_found' });
  });
});

describe('removableMountPoints', () => {
  it('lists every medium under the Linux mount folders', async () => {
    const tree: Record<string, string[]> = {
      '/media/kiosk': ['USB STICK'],
      '/run/media/kiosk': ['B', 'A'],
    };
    const listDir = (dir: string) =>
      tree[dir] ? Promise.resolve(tree[dir]) : Promise.reject(new Error('ENOENT'));
    expect(await removableMountPoints('linux', 'kiosk', listDir)).toEqual([
      '/media/kiosk/USB STICK',
      '/run/media/kiosk/A',
      '/run/media/kiosk/B',
    ]);
  });

  it('tries drive letters D: to Z: on Windows', async () => {
    const mounts = await removableMountPoints('win32', 'kiosk');
    expect(mounts[0]).toBe('D:\\');
    expect(mounts).not.toContain('C:\\');
    expect(mounts).toHaveLength(23);
  });
});
