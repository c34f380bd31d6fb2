import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { HubUrl, type KioskBootConfig } from '../shared/ipc';

/**
 * Per-machine settings, written at installation (docs/deploy.md), not by the renderer:
 * `kiosk-settings.json` in userData, else in the machine-wide folder. Environment variables
 * override them for `npm start` and for testing a machine by hand.
 */
export const KioskSettings = z.object({
  /** The district hub; also the only origin besides our own that the CSP lets the page reach. */
  hubUrl: HubUrl.optional(),
  /** The OS name of the receipt printer (see `printer:list`). */
  receiptPrinter: z.string().min(1).max(256).optional(),
  /** Pre-filled on the setup screen; for demo runs only. */
  enrollmentCode: z.string().max(64).optional(),
  demo: z.boolean().default(false),
});
export type KioskSettings = z.infer<typeof KioskSettings>;

export const SETTINGS_FILE_NAME = 'kiosk-settings.json';

export function machineSettingsDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return platform === 'win32'
    ? path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'living-room-kiosk')
    : '/etc/living-room-kiosk';
}

export function loadKioskSettings(
  dirs: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): KioskSettings {
  let fromFile: unknown = {};
  for (const dir of dirs) {
    const file = path.join(dir, SETTINGS_FILE_NAME);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    try {
      fromFile = JSON.parse(text);
    } catch {
      console.warn(`${file} is not JSON; using defaults`);
    }
    break;
  }
  const overrides = {
    ...(env.KIOSK_HUB_URL ? { hubUrl: env.KIOSK_HUB_URL } : {}),
    ...(env.KIOSK_RECEIPT_PRINTER ? { receiptPrinter: env.KIOSK_RECEIPT_PRINTER } : {}),
    ...(env.KIOSK_ENROLLMENT_CODE ? { enrollmentCode: env.KIOSK_ENROLLMENT_CODE } : {}),
    ...(env.KIOSK_DEMO ? { demo: env.KIOSK_DEMO === '1' } : {}),
  };
  const parsed = KioskSettings.safeParse({
    ...(typeof fromFile === 'object' ? fromFile : {}),
    ...overrides,
  });
  if (parsed.success) return parsed.data;
  console.warn(
    `kiosk settings ignored, invalid at: ${parsed.error.issues.map((i) => `${i.path.join('.')} (${i.message})`).join(', ')}`,
  );
  return KioskSettings.parse({});
}

export function bootConfigFrom(settings: KioskSettings): KioskBootConfig {
  return {
    hubUrl: settings.hubUrl ?? '',
    ...(settings.enrollmentCode ? { enrollmentCode: settings.enrollmentCode } : {}),
    demo: settings.demo,
  };
}

/**
 * Keep the receipt printer (named by the site file in the setup wizard) in `kiosk-settings.json`
 * in the first folder of `dirs` (userData). The file's other settings are kept: when userData has
 * no settings file yet, the machine-wide one is the starting point, since the first file found
 * wins at the next start and must not lose the hub address. Written then renamed, so a power cut
 * leaves the old file or the new one.
 */
export async function saveReceiptPrinter(dirs: readonly string[], name: string): Promise<void> {
  const [target] = dirs;
  if (target === undefined) throw new Error('no settings folder');
  let current: Record<string, unknown> = {};
  for (const dir of dirs) {
    let text: string;
    try {
      text = await readFile(path.join(dir, SETTINGS_FILE_NAME), 'utf8');
    } catch {
      continue;
    }
    try {
      const json: unknown = JSON.parse(text);
      if (typeof json === 'object' && json !== null && !Array.isArray(json))
        current = json as Record<string, unknown>;
    } catch {
      // A broken file is replaced by what we know is valid.
    }
    break;
  }
  const next = { ...current, receiptPrinter: name };
  // Only a file that loads again is written; an invalid old field is dropped rather than kept.
  const parsed = KioskSettings.safeParse(next);
  const content = parsed.success ? next : { receiptPrinter: name };
  await mkdir(target, { recursive: true });
  const file = path.join(target, SETTINGS_FILE_NAME);
  await writeFile(`${file}.tmp`, `${JSON.stringify(content, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}
