import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { SITE_FILE_MAX_BYTES, SITE_FILE_NAME, type IpcReply } from '../shared/ipc';

/**
 * Where a USB stick shows up. Linux desktops mount under /media/<user> or /run/media/<user>;
 * Windows gives it a drive letter (A: and B: are skipped: probing a floppy bay can hang, and C:
 * is the system disk). Only the top folder of each medium is searched.
 */
export async function removableMountPoints(
  platform: NodeJS.Platform,
  username: string,
  listDir: (dir: string) => Promise<string[]> = (dir) => readdir(dir),
): Promise<string[]> {
  if (platform === 'win32')
    return 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((letter) => `${letter}:\\`);
  const bases =
    platform === 'darwin'
      ? ['/Volumes']
      : [`/media/${username}`, `/run/media/${username}`, '/media', '/mnt'];
  const mounts: string[] = [];
  for (const base of bases) {
    try {
      for (const entry of (await listDir(base)).sort()) mounts.push(path.posix.join(base, entry));
    } catch {
      // No such folder on this machine.
    }
  }
  return mounts;
}

/**
 * The raw text of the first `living-room-site.json` found, at most 64 KB. The size is checked on
 * the open file and again while reading, so a file that grows in between is still refused.
 */
export async function readSiteFile(
  mountPoints: readonly string[],
  maxBytes = SITE_FILE_MAX_BYTES,
): Promise<IpcReply<string>> {
  for (const mount of mountPoints) {
    let handle;
    try {
      handle = await open(path.join(mount, SITE_FILE_NAME), 'r');
    } catch {
      continue; // not on this medium, no medium in the drive, or not readable
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) continue;
      if (stat.size > maxBytes) return { ok: false, error: 'too_large' };
      const buffer = Buffer.alloc(maxBytes + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > maxBytes) return { ok: false, error: 'too_large' };
      }
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
        buffer.subarray(0, length),
      );
      return { ok: true, value: text };
    } catch {
      return { ok: false, error: 'unreadable' };
    } finally {
      await handle.close();
    }
  }
  return { ok: false, error: 'not_found' };
}
