import type { z } from 'zod';
import { authorizationHeader } from '../../shared/sync/auth';
import {
  API_PATHS,
  EnrollPreviewResponse,
  EnrollResponse,
  HealthResponse,
  KIOSK_TIME_HEADER,
  PullResponse,
  PushResponse,
  WipedResponse,
  type EnrollPreviewRequest,
  type EnrollRequest,
} from '../../shared/sync/protocol';
import { localIso } from '../../shared/records/ticket';
import { measureClockOffset } from './clock-offset';
import { failureFromResponse, SyncFailure } from './sync-failure';

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export interface HubClientOptions {
  /** Absolute hub URL without a trailing slash, e.g. https://hub.example or http://127.0.0.1:8787. */
  baseUrl: string;
  credential?: { deviceId: string; secret: string };
  fetch: FetchFn;
  /** The kiosk's clock (ms); injectable for tests. */
  now?: () => number;
  timeoutMs?: number;
  /** Abandon every request (e.g. the kiosk reloads). */
  signal?: AbortSignal;
  /** Each answer's hubTime against the kiosk clock: kiosk minus hub, ms. */
  onClockOffset?: (offsetMs: number) => void;
}

/** An item of a push as sent; the record goes as stored (the hub judges it, record by record). */
export interface PushItemOut {
  seq: number;
  record: unknown;
  kioskTime: string;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * The kiosk's HTTP client for the hub: every answer is parsed with the shared schema, every
 * refusal becomes a SyncFailure with a fixed code, and nothing of a request or answer body is
 * ever logged (records carry personal data).
 */
export function createHubClient(options: HubClientOptions) {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const kioskTime = () => localIso(new Date(now()));

  async function call<S extends z.ZodType<{ hubTime: string }>>(
    path: string,
    init: { method: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> },
    schema: S,
    authed: boolean,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (authed) {
      if (!options.credential) throw new SyncFailure('not_enrolled', 'no credential');
      headers.authorization = authorizationHeader(
        options.credential.deviceId,
        options.credential.secret,
      );
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const outer = options.signal;
    const abandon = () => controller.abort();
    if (outer?.aborted) controller.abort();
    outer?.addEventListener('abort', abandon);
    const sentAt = now();
    let status: number;
    let text: string;
    try {
      const res = await options.fetch(options.baseUrl + path, {
        method: init.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: controller.signal,
        cache: 'no-store',
      });
      status = res.status;
      // Read the whole body inside the timeout: a cut-off answer is a network failure.
      text = await res.text();
    } catch {
      throw timedOut
        ? new SyncFailure('timeout', `no answer within ${timeoutMs} ms`)
        : new SyncFailure('network', 'the hub could not be reached');
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', abandon);
    }
    if (status < 200 || status > 299) throw failureFromResponse(status, text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new SyncFailure('bad_response', 'the answer is not JSON', status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new SyncFailure('bad_response', 'the answer does not match the protocol', status);
    options.onClockOffset?.(measureClockOffset(sentAt, now(), parsed.data.hubTime));
    return parsed.data;
  }

  return {
    enroll(request: Omit<EnrollRequest, 'kioskTime'>) {
      return call(
        API_PATHS.enroll,
        { method: 'POST', body: { ...request, kioskTime: kioskTime() } },
        EnrollResponse,
        false,
      );
    },
    /** The site a code belongs to; spends nothing. */
    enrollPreview(request: EnrollPreviewRequest) {
      return call(
        API_PATHS.enrollPreview,
        { method: 'POST', body: request },
        EnrollPreviewResponse,
        false,
      );
    },
    push(batch: readonly PushItemOut[]) {
      return call(
        API_PATHS.push,
        { method: 'POST', body: { batch, kioskTime: kioskTime() } },
        PushResponse,
        true,
      );
    },
    pull(cursor: number, limit: number) {
      const query = new URLSearchParams({ cursor: String(cursor), limit: String(limit) });
      return call(
        `${API_PATHS.pull}?${query.toString()}`,
        { method: 'GET', headers: { [KIOSK_TIME_HEADER]: kioskTime() } },
        PullResponse,
        true,
      );
    },
    /** This kiosk erased what it held after `device_lost`; the hub revokes its credential. */
    wiped() {
      return call(
        API_PATHS.wiped,
        { method: 'POST', body: { kioskTime: kioskTime() } },
        WipedResponse,
        true,
      );
    },
    health() {
      return call(API_PATHS.health, { method: 'GET' }, HealthResponse, false);
    },
    kioskTime,
  };
}

export type HubClient = ReturnType<typeof createHubClient>;
