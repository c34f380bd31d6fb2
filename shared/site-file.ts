import { z } from 'zod';
import { hubUrlProblem } from './hub-url';
import { HubUrl, SITE_FILE_MAX_BYTES } from './ipc';
import { DeviceLabel } from './device-label';

/**
 * The site file for mass deployment (`living-room-site.json` on a USB stick): what a technician
 * would otherwise type into the first-run wizard. Strict: a misspelt field is refused rather than
 * silently ignored, so "I set the printer but nothing changed" cannot happen.
 *
 * ```json
 * { "hubUrl": "https://hub.sf.xuhui.example", "enrollmentCode": "ABCD-EFGH",
 *   "deviceLabel": "徐家汇 kiosk 1", "locale": "zh-CN", "printer": "POS-80" }
 * ```
 */
export const SiteFile = z.strictObject({
  hubUrl: HubUrl,
  /** As the hub prints it; compared without case, spaces or dashes (EnrollRequest's limits). */
  enrollmentCode: z.string().trim().min(4).max(32),
  /** The kiosk's short name in its room, sent with the enrollment (shared/device-label.ts). */
  deviceLabel: DeviceLabel.optional(),
  /** The wizard's language. */
  locale: z.enum(['zh-CN', 'en']).optional(),
  /** The receipt printer's OS name (as `listPrinters` shows it). */
  printer: z.string().trim().min(1).max(256).optional(),
});
export type SiteFile = z.infer<typeof SiteFile>;

/**
 * Why a site file was refused; the wizard maps each to plain words.
 * - `too_large`: bigger than SITE_FILE_MAX_BYTES (not a site file, or a damaged stick).
 * - `incomplete`: not whole JSON: half-written (the stick pulled out while copying) or corrupted.
 * - `insecure_hub`: the hub address is plain http:// to another machine (hub-url.ts); said apart
 *   from `invalid` because the fix is different: ask for the https:// address.
 * - `invalid`: JSON, but not a site file (a missing, misspelt or unknown field, a bad address).
 */
export type SiteFileProblem = 'too_large' | 'incomplete' | 'insecure_hub' | 'invalid';

export type SiteFileResult =
  { ok: true; value: SiteFile } | { ok: false; problem: SiteFileProblem };

/** Read the raw text of a site file. Pure: the caller changes nothing unless `ok`. */
export function parseSiteFile(raw: string): SiteFileResult {
  if (new TextEncoder().encode(raw).length > SITE_FILE_MAX_BYTES)
    return { ok: false, problem: 'too_large' };
  // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'incomplete' };
  }
  const parsed = SiteFile.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const hubUrl =
    typeof json === 'object' && json !== null ? (json as { hubUrl?: unknown }).hubUrl : null;
  if (typeof hubUrl === 'string' && hubUrlProblem(hubUrl) === 'insecure')
    return { ok: false, problem: 'insecure_hub' };
  return { ok: false, problem: 'invalid' };
}
