import type { DeviceCredential, RendererVersions } from '../shared/ipc';
import {
  KIOSK_DB_SCHEMA,
  RELEASE_PATHS,
  compareVersions,
  judgeRelease,
  type ReleaseRefusal,
  type RendererReleaseManifest,
} from '../shared/release/manifest';
import { authorizationHeader } from '../shared/sync/auth';
import { verifyRelease, type SignatureProblem } from './release-signature';
import {
  bundleDir,
  downloadBundle,
  pruneBundles,
  readBundleState,
  removePartials,
  verifyBundleOnDisk,
  writeBundleState,
  type BundleState,
  type DownloadProblem,
} from './renderer-bundles';

/**
 * Renderer-only updates for the Electron build (docs/deploy.md). Workbox cannot precache under
 * app:// (Chromium's Cache API refuses custom schemes, electron/electron#35033), so main does
 * the job: fetch the hub's signed release, verify it with the built-in key, download and check
 * every file, and have the app:// handler serve it from the next idle reset on. Never mid-intake:
 * the switch happens only when the renderer reports an idle reset (or at start). A bundle that
 * crash-loops after the switch is dropped for the renderer the app was installed with.
 */
export interface RendererUpdaterOptions {
  /** userData/renderer-bundles */
  bundlesDir: string;
  /** The renderer installed with the app. */
  bundledRoot: string;
  /** The installed app's version; the bundled renderer has the same. */
  shellVersion: string;
  /** Null: this build takes no renderer updates. */
  publicKeyPem: string | null;
  credential: () => Promise<DeviceCredential | null>;
  dbSchema?: { records: number; content: number };
  fetch?: typeof fetch;
  now?: () => number;
  /** This many renderer failures within `crashLoopMs` of a switch fall back to the bundled one. */
  crashLoopFailures?: number;
  crashLoopMs?: number;
  requestTimeoutMs?: number;
}

export type UpdateCheck =
  | { status: 'disabled' | 'not_enrolled' | 'none' | 'up_to_date' | 'busy' }
  | { status: 'ready'; version: string }
  | { status: 'refused'; reason: ReleaseRefusal | SignatureProblem }
  | { status: 'failed'; reason: DownloadProblem | 'hub_error' | 'hub_unreachable' };

export interface RendererUpdater {
  /** The folder app:// serves right now. */
  root(): string;
  /** The downloaded version being served; null for the bundled renderer. */
  activeVersion(): string | null;
  /** For technician mode: what runs, what was installed, what waits, the last fallback. */
  versions(): RendererVersions;
  /** At start: drop unfinished downloads, choose (and re-check) the bundle to serve, prune. */
  init(): Promise<void>;
  /** Look for a newer release on the hub and make it ready. One check at a time. */
  check(): Promise<UpdateCheck>;
  /** The renderer reset after idling: switch to a ready bundle. True when the page must reload. */
  idleReset(): Promise<boolean>;
  /** The renderer crashed or hung. True when this fell back to the bundled renderer. */
  rendererFailed(): Promise<boolean>;
}

const log = (line: string) => console.warn(`renderer update: ${line}`);

export function createRendererUpdater(options: RendererUpdaterOptions): RendererUpdater {
  const { bundlesDir, bundledRoot, shellVersion, publicKeyPem } = options;
  const dbSchema = options.dbSchema ?? KIOSK_DB_SCHEMA;
  const fetchFn = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const crashLoopFailures = options.crashLoopFailures ?? 3;
  const crashLoopMs = options.crashLoopMs ?? 10 * 60_000;
  const timeoutMs = options.requestTimeoutMs ?? 60_000;

  let state: BundleState = { active: null, ready: null, rejected: [], fellBackFrom: null };
  let servedRoot = bundledRoot;
  let switchedAt = 0;
  let failures: number[] = [];
  let checking = false;

  /** A bundle may be served if it verifies on disk and still suits this app. */
  const usable = async (version: string | null): Promise<RendererReleaseManifest | null> => {
    if (version === null || publicKeyPem === null) return null;
    const manifest = await verifyBundleOnDisk(bundleDir(bundlesDir, version), publicKeyPem);
    if (!manifest) return null;
    const refusal = judgeRelease(manifest, {
      shellVersion,
      newestVersion: shellVersion,
      dbSchema,
      rejectedVersions: state.rejected,
    });
    return refusal === null ? manifest : null;
  };

  const activate = (version: string | null) => {
    // A switch to a bundle starts afresh; a fallback (version null) sets fellBackFrom itself.
    state = { ...state, active: version, ...(version !== null && { fellBackFrom: null }) };
    servedRoot = version === null ? bundledRoot : bundleDir(bundlesDir, version);
    switchedAt = now();
    failures = [];
  };

  const save = async () => {
    await writeBundleState(bundlesDir, state);
    for (const version of await pruneBundles(bundlesDir, state)) log(`removed bundle ${version}`);
  };

  const fromHub = async (credential: DeviceCredential, path: string) =>
    fetchFn(new URL(path, credential.hubUrl), {
      headers: { authorization: authorizationHeader(credential.deviceId, credential.secret) },
      signal: AbortSignal.timeout(timeoutMs),
    });

  return {
    root: () => servedRoot,
    activeVersion: () => state.active,
    versions: () => ({
      running: state.active ?? shellVersion,
      installed: shellVersion,
      waiting: state.ready !== null && state.ready !== state.active ? state.ready : null,
      fellBackFrom: state.fellBackFrom,
    }),

    async init() {
      if (publicKeyPem === null) return; // no key built in: the installed renderer, always
      for (const entry of await removePartials(bundlesDir)) log(`removed unfinished ${entry}`);
      state = await readBundleState(bundlesDir);
      // At start nobody is mid-intake, so a ready bundle may be taken now; else the active one.
      let chosen: string | null = null;
      for (const candidate of [state.ready, state.active]) {
        if (candidate !== null && (await usable(candidate))) {
          chosen = candidate;
          break;
        }
        if (candidate !== null) log(`bundle ${candidate} failed its check; not serving it`);
      }
      activate(chosen);
      state = { ...state, ready: null };
      await save();
    },

    async check() {
      if (publicKeyPem === null) return { status: 'disabled' };
      if (checking) return { status: 'busy' };
      checking = true;
      try {
        const credential = await options.credential();
        if (!credential) return { status: 'not_enrolled' };
        let response: Response;
        try {
          response = await fromHub(credential, RELEASE_PATHS.latest);
        } catch {
          return { status: 'failed', reason: 'hub_unreachable' };
        }
        if (response.status === 404) return { status: 'none' };
        if (!response.ok) return { status: 'failed', reason: 'hub_error' };
        let body: unknown;
        try {
          body = await response.json();
        } catch {
          return { status: 'refused', reason: 'malformed' };
        }
        const verified = verifyRelease(body, publicKeyPem);
        if (!verified.ok) {
          log(`refused the hub's release: ${verified.problem}`);
          return { status: 'refused', reason: verified.problem };
        }
        const { manifest, signed } = verified;
        const newest = [shellVersion, state.active, state.ready]
          .filter((v): v is string => v !== null)
          .sort(compareVersions)
          .at(-1);
        const refusal = judgeRelease(manifest, {
          shellVersion,
          newestVersion: newest ?? shellVersion,
          dbSchema,
          rejectedVersions: state.rejected,
        });
        if (refusal === 'not_newer') return { status: 'up_to_date' };
        if (refusal !== null) {
          log(`refused renderer ${manifest.version}: ${refusal}`);
          return { status: 'refused', reason: refusal };
        }
        // A whole folder may be there already (a power cut after the rename, before the state).
        if (!(await verifyBundleOnDisk(bundleDir(bundlesDir, manifest.version), publicKeyPem))) {
          const downloaded = await downloadBundle(bundlesDir, signed, manifest, (sha256) =>
            fromHub(credential, RELEASE_PATHS.file(sha256)),
          );
          if (!downloaded.ok) {
            log(`download of ${manifest.version} failed: ${downloaded.problem}`);
            return { status: 'failed', reason: downloaded.problem };
          }
        }
        state = { ...state, ready: manifest.version };
        await save();
        return { status: 'ready', version: manifest.version };
      } finally {
        checking = false;
      }
    },

    async idleReset() {
      const ready = state.ready;
      if (ready === null || ready === state.active) return false;
      // Checked again now: the folder sat on disk since the download.
      if (!(await usable(ready))) {
        log(`bundle ${ready} failed its check at the switch; staying on what runs`);
        state = { ...state, ready: null };
        await save();
        return false;
      }
      activate(ready);
      state = { ...state, ready: null };
      await save();
      return true;
    },

    async rendererFailed() {
      const active = state.active;
      if (active === null) return false;
      const at = now();
      failures = [...failures, at].filter((t) => t - switchedAt <= crashLoopMs);
      if (failures.length < crashLoopFailures) return false;
      log(
        `renderer ${active} crashed ${failures.length} times since the switch; back to the bundled renderer`,
      );
      state = { ...state, rejected: [...state.rejected, active].slice(-100) };
      activate(null);
      state = { ...state, fellBackFrom: active };
      await save();
      return true;
    },
  };
}

/** Check now, then every `everyMs` (default 6 h). Returns a stop function. */
export function scheduleUpdateChecks(
  updater: Pick<RendererUpdater, 'check'>,
  { firstMs = 60_000, everyMs = 6 * 3600_000 } = {},
): () => void {
  const run = () => {
    updater.check().catch((error: unknown) => {
      const { name, code } = error as { name?: string; code?: string };
      log(`check failed: ${name ?? 'Error'}${code ? ` ${code}` : ''}`);
    });
  };
  const first = setTimeout(run, firstMs);
  const every = setInterval(run, everyMs);
  first.unref?.();
  every.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
