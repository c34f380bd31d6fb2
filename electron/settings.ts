import { readFileSync } from 'node:fs';
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
    `kiosk settings ignored, invalid at: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
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
