import type { CredentialAccess, EnrollInput } from '../../sync/enroll';
import { enrollKiosk, previewEnrollment } from '../../sync/enroll';
import { syncOnce, type SyncOutcome } from '../../sync/sync-once';
import { asSyncFailure } from '../../sync/sync-failure';
import type { ContentDb } from '../../db/content-db';
import type { RecordsDb } from '../../db/records-db';
import { HUB_KEYS } from '../../content/hub-content';
import { getPlatform } from '../../platform';
import { syncStatusReporter } from '../sync-status/sync-status-store';
import type { SiteSettings } from '../../../shared/sync/content';
import type { SitePreview } from '../../../shared/sync/protocol';
import { parseSiteFile, type SiteFile } from '../../../shared/site-file';
import { noteError } from '../technician/error-ring';
import { enrollProblem, type EnrollProblem } from './enroll-problem';
import { keepDeviceLabel } from './kept-device-label';
import type { SiteFileReadProblem } from './site-file-problems';
import { isHubAllowed, normaliseHubUrl } from './hub-check';
import { refusedByPagePolicy, watchPolicyRefusals } from './policy-refusals';

// Called bare, `fetch` loses its `window` binding in some browsers ("Illegal invocation").
// Refusals by the page's own CSP are watched from the first request, so they can be told apart.
export const kioskFetch = (input: string, init: RequestInit) => {
  watchPolicyRefusals();
  return fetch(input, init);
};

/**
 * The hub origins the shell lets the page reach, or null when it does not restrict them (the
 * browser build, an older Electron shell, or app:info failing: then the hub's own answer tells).
 */
export async function shellHubOrigins(): Promise<string[] | null> {
  const platform = getPlatform();
  if (platform.shell !== 'electron') return null;
  const info = await platform.appInfo().catch(() => null);
  return info?.ok ? (info.value.allowedHubOrigins ?? null) : null;
}

export function platformCredentials() {
  const platform = getPlatform();
  return {
    get: () => platform.getCredential(),
    set: (c: Parameters<typeof platform.setCredential>[0]) => platform.setCredential(c),
  };
}

export type EnrollOutcome =
  { ok: true; site: SiteSettings } | { ok: false; problem: EnrollProblem };

/**
 * Trade the code for a credential; the site comes with the answer and is stored at once.
 * `credentials` defaults to the platform's store (tests in Node pass their own).
 */
export async function enrollThisKiosk(
  input: Omit<EnrollInput, 'hubUrl'> & { hubUrl: string },
  content: ContentDb,
  credentials: CredentialAccess = platformCredentials(),
): Promise<EnrollOutcome> {
  const hubUrl = normaliseHubUrl(input.hubUrl);
  if (hubUrl === null) return { ok: false, problem: 'invalid_url' };
  try {
    await enrollKiosk(
      { ...input, hubUrl },
      {
        credentials,
        content,
        fetch: kioskFetch,
        onClockOffset: (ms) => syncStatusReporter.clockOffset(ms, Date.now()),
      },
    );
    // The hub has the label; the kiosk's own copy is only shown, so it never fails the enrollment.
    if (input.deviceLabel) await keepDeviceLabel(content, input.deviceLabel).catch(() => undefined);
    const site = (await content.content.get(HUB_KEYS.site))?.value as SiteSettings;
    return { ok: true, site };
  } catch (error) {
    const failure = asSyncFailure(error);
    noteError(`enroll:${failure.code}`);
    return { ok: false, problem: enrollProblem(failure.code) };
  }
}

export type PreviewOutcome =
  { ok: true; site: SitePreview } | { ok: false; problem: EnrollProblem };

/**
 * The room this code belongs to, for the technician to confirm; the code is not spent. A hub
 * outside `allowedHubOrigins` (shellHubOrigins; null: no limit) is refused before asking, e.g.
 * technician re-enroll with another hub's site file: the CSP would block the request, and
 * "cannot be reached" would mislead.
 */
export async function previewRoom(input: {
  hubUrl: string;
  code: string;
  allowedHubOrigins?: readonly string[] | null;
}): Promise<PreviewOutcome> {
  const hubUrl = normaliseHubUrl(input.hubUrl);
  if (hubUrl === null) return { ok: false, problem: 'invalid_url' };
  if (!isHubAllowed(hubUrl, input.allowedHubOrigins ?? null))
    return { ok: false, problem: 'hub_not_allowed' };
  try {
    const site = await previewEnrollment(
      { hubUrl, code: input.code },
      {
        fetch: kioskFetch,
        onClockOffset: (ms) => syncStatusReporter.clockOffset(ms, Date.now()),
      },
    );
    return { ok: true, site };
  } catch (error) {
    const failure = asSyncFailure(error);
    if (failure.code === 'network' && (await refusedByPagePolicy(hubUrl))) {
      noteError('enroll-preview:blocked_by_page');
      return { ok: false, problem: 'blocked_by_page' };
    }
    noteError(`enroll-preview:${failure.code}`);
    return { ok: false, problem: enrollProblem(failure.code) };
  }
}

/**
 * One sync (push, then pull the site's settings), taken under the sync loop's lock so it never
 * runs beside the scheduler's own run.
 */
export async function syncNowOnce(dbs: {
  records: RecordsDb;
  content: ContentDb;
}): Promise<SyncOutcome> {
  const run = () =>
    syncOnce({
      ...dbs,
      credentials: platformCredentials(),
      fetch: kioskFetch,
      reporter: syncStatusReporter,
    });
  // A failure reaches the recent-errors ring through the status store (technician/ErrorWatch).
  return 'locks' in navigator ? navigator.locks.request('kiosk-sync', run) : run();
}

export type SiteFileRead =
  { ok: true; file: SiteFile } | { ok: false; problem: SiteFileReadProblem };

/** Read `living-room-site.json` from removable media and check it; changes nothing itself. */
export async function readSiteFileFromMedia(): Promise<SiteFileRead> {
  const raw = await getPlatform().readSiteFile();
  if (!raw.ok) {
    const problem =
      raw.error === 'not_found' || raw.error === 'unsupported' || raw.error === 'too_large'
        ? raw.error
        : 'unreadable';
    noteError(`site-file:${problem}`);
    return { ok: false, problem };
  }
  const parsed = parseSiteFile(raw.value);
  if (!parsed.ok) {
    noteError(`site-file:${parsed.problem}`);
    return { ok: false, problem: parsed.problem };
  }
  return { ok: true, file: parsed.value };
}
