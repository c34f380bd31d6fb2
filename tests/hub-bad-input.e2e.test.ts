import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enroll,
  kioskTime,
  seedSite,
  snapshot,
  startTestHub,
  type Kiosk,
  type TestHub,
} from '../server/testing/test-hub';
import { revokeDevice } from '../server/store/devices';
import { authorizationHeader } from '../shared/sync/auth';
import { SyncErrorBody, type SyncErrorCode } from '../shared/sync/errors';
import { API_PATHS } from '../shared/sync/protocol';
import { makeIntake } from '../shared/sync/fixtures';

/**
 * Hostile and broken input on every endpoint: each gets a 4xx with a fixed error code, the
 * database stays exactly as it was, and the hub keeps answering.
 */
let hub: TestHub;
let kiosk: Kiosk;
let revoked: Kiosk;
let code: string;
const T = '2026-11-29T10:00:00+08:00';

interface RawRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** node:http rather than fetch: fetch cannot send a body with GET, nor a lying Content-Length. */
function send(req: RawRequest): Promise<{ status: number; body: unknown }> {
  const url = new URL(hub.url + req.path);
  return new Promise((resolve, reject) => {
    const r = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: req.method,
        headers: req.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: text });
          }
        });
      },
    );
    // The hub may answer (413, 401) and close before a huge body is fully sent.
    r.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    r.end(req.body);
  });
}

const json = (value: unknown) => JSON.stringify(value);
const HUGE = json({ padding: 'x'.repeat(5 * 1024 * 1024) });
const jsonType = { 'content-type': 'application/json' };
const auth = (k: () => Kiosk) => () => ({
  ...jsonType,
  authorization: authorizationHeader(k().deviceId, k().credential),
});
const validPush = () =>
  json({ batch: [{ seq: 1, record: makeIntake(1), kioskTime: T }], kioskTime: T });

interface Case {
  name: string;
  req: () => RawRequest;
  status: number;
  error: SyncErrorCode;
}

const asKiosk = auth(() => kiosk);
const asRevoked = auth(() => revoked);

const postCases = (
  path: string,
  headers: () => Record<string, string>,
  valid: () => string,
): Case[] => [
  {
    name: 'malformed JSON',
    req: () => ({ method: 'POST', path, headers: headers(), body: '{"code": "AB' }),
    status: 400,
    error: 'bad_request',
  },
  {
    name: 'empty body',
    req: () => ({ method: 'POST', path, headers: headers(), body: '' }),
    status: 400,
    error: 'bad_request',
  },
  {
    name: 'JSON null',
    req: () => ({ method: 'POST', path, headers: headers(), body: 'null' }),
    status: 400,
    error: 'bad_request',
  },
  {
    name: 'JSON array',
    req: () => ({ method: 'POST', path, headers: headers(), body: '[]' }),
    status: 400,
    error: 'bad_request',
  },
  {
    name: 'wrong types',
    req: () => ({
      method: 'POST',
      path,
      headers: headers(),
      body: json({ code: 12345678, batch: 'all', kioskTime: true }),
    }),
    status: 400,
    error: 'bad_request',
  },
  {
    name: 'unknown field',
    req: () => ({
      method: 'POST',
      path,
      headers: headers(),
      body: json({ ...(JSON.parse(valid()) as object), admin: true }),
    }),
    status: 400,
    error: 'bad_request',
  },
  {
    name: 'prototype pollution',
    req: () => ({
      method: 'POST',
      path,
      headers: headers(),
      body: valid().replace('{', '{"__proto__":{"admin":true},'),
    }),
    status: 400,
    error: 'bad_request',
  },
  {
    name: 'huge body (5 MB)',
    req: () => ({ method: 'POST', path, headers: headers(), body: HUGE }),
    status: 413,
    error: 'body_too_large',
  },
  {
    name: 'huge body without Content-Length',
    req: () => ({
      method: 'POST',
      path,
      headers: { ...headers(), 'transfer-encoding': 'chunked' },
      body: HUGE,
    }),
    status: 413,
    error: 'body_too_large',
  },
  {
    name: 'text/plain',
    req: () => ({
      method: 'POST',
      path,
      headers: { ...headers(), 'content-type': 'text/plain' },
      body: valid(),
    }),
    status: 415,
    error: 'bad_request',
  },
  {
    name: 'no content type',
    req: () => ({
      method: 'POST',
      path,
      headers: Object.fromEntries(Object.entries(headers()).filter(([k]) => k !== 'content-type')),
      body: valid(),
    }),
    status: 415,
    error: 'bad_request',
  },
];

const credentialCases = (method: 'GET' | 'POST', path: string, body?: () => string): Case[] => {
  const req = (headers: Record<string, string>) => () => ({
    method,
    path,
    headers: { ...jsonType, ...headers },
    body: body?.(),
  });
  return [
    { name: 'no credential', req: req({}), status: 401, error: 'unauthenticated' },
    {
      name: 'not a bearer credential',
      req: req({ authorization: 'Basic YWRtaW46YWRtaW4=' }),
      status: 401,
      error: 'unauthenticated',
    },
    {
      name: 'malformed bearer',
      req: req({ authorization: 'Bearer ../../etc/passwd' }),
      status: 401,
      error: 'unauthenticated',
    },
    {
      name: 'unknown device',
      req: () =>
        req({ authorization: authorizationHeader('dev_aaaaaaaaaaaaaaaa', kiosk.credential) })(),
      status: 401,
      error: 'unauthenticated',
    },
    {
      name: 'wrong secret',
      req: () => req({ authorization: authorizationHeader(kiosk.deviceId, revoked.credential) })(),
      status: 401,
      error: 'unauthenticated',
    },
    {
      name: 'revoked device',
      req: () => ({ ...req(asRevoked())(), headers: asRevoked() }),
      status: 403,
      error: 'device_revoked',
    },
  ];
};

/** A well-formed kiosk credential: each enroll case below is wrong in one way only. */
const CRED = 'Kiosk-made_secret'.padEnd(43, 'x');
const validEnroll = () => json({ code, credential: CRED, kioskTime: T });

const cases: Record<string, Case[]> = {
  'POST /api/v1/enroll': [
    ...postCases(API_PATHS.enroll, () => jsonType, validEnroll),
    {
      name: 'missing code',
      req: () => ({
        method: 'POST',
        path: API_PATHS.enroll,
        headers: jsonType,
        body: json({ credential: CRED, kioskTime: T }),
      }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'kiosk time not a time',
      req: () => ({
        method: 'POST',
        path: API_PATHS.enroll,
        headers: jsonType,
        body: json({ code, credential: CRED, kioskTime: 'now' }),
      }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'over-long label',
      req: () => ({
        method: 'POST',
        path: API_PATHS.enroll,
        headers: jsonType,
        body: json({ code, credential: CRED, kioskTime: T, deviceLabel: 'k'.repeat(65) }),
      }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'unknown code',
      req: () => ({
        method: 'POST',
        path: API_PATHS.enroll,
        headers: jsonType,
        body: json({ code: 'QQQQ-QQQQ', credential: CRED, kioskTime: T }),
      }),
      status: 404,
      error: 'enrollment_code_invalid',
    },
    ...(
      [
        ['no credential (the kiosk makes its own)', undefined],
        ['an over-long credential', CRED + 'x'],
        ['a short credential', CRED.slice(1)],
        ['a credential that is not base64url', CRED.slice(1) + '='],
        ['a credential that is not text', 42],
      ] as const
    ).map(([name, credential]) => ({
      name,
      req: (): RawRequest => ({
        method: 'POST',
        path: API_PATHS.enroll,
        headers: jsonType,
        body: json({ code, credential, kioskTime: T }),
      }),
      status: 400,
      error: 'bad_request' as const,
    })),
  ],
  'POST /api/v1/enroll/preview': [
    ...postCases(
      API_PATHS.enrollPreview,
      () => jsonType,
      () => json({ code }),
    ),
    {
      name: 'missing code',
      req: () => ({ method: 'POST', path: API_PATHS.enrollPreview, headers: jsonType, body: '{}' }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'an over-long credential',
      req: () => ({
        method: 'POST',
        path: API_PATHS.enrollPreview,
        headers: jsonType,
        body: json({ code, credential: CRED + 'x' }),
      }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'a kiosk time (enroll has one, the preview does not)',
      req: () => ({
        method: 'POST',
        path: API_PATHS.enrollPreview,
        headers: jsonType,
        body: json({ code, kioskTime: T }),
      }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'unknown code',
      req: () => ({
        method: 'POST',
        path: API_PATHS.enrollPreview,
        headers: jsonType,
        body: json({ code: 'QQQQ-QQQQ' }),
      }),
      status: 404,
      error: 'enrollment_code_invalid',
    },
  ],
  'POST /api/v1/push': [
    ...postCases(API_PATHS.push, asKiosk, validPush),
    ...credentialCases('POST', API_PATHS.push, validPush),
    {
      name: 'huge body, no credential',
      req: () => ({ method: 'POST', path: API_PATHS.push, headers: jsonType, body: HUGE }),
      status: 401,
      error: 'unauthenticated',
    },
    {
      name: 'seq zero',
      req: () => ({
        method: 'POST',
        path: API_PATHS.push,
        headers: asKiosk(),
        body: validPush().replace('"seq":1', '"seq":0'),
      }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'empty batch',
      req: () => ({
        method: 'POST',
        path: API_PATHS.push,
        headers: asKiosk(),
        body: json({ batch: [], kioskTime: T }),
      }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: '501 items',
      req: () => ({
        method: 'POST',
        path: API_PATHS.push,
        headers: asKiosk(),
        body: json({
          batch: Array.from({ length: 501 }, (_, i) => ({ seq: i + 1, record: {}, kioskTime: T })),
          kioskTime: T,
        }),
      }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'repeated seq',
      req: () => ({
        method: 'POST',
        path: API_PATHS.push,
        headers: asKiosk(),
        body: json({
          batch: [1, 1].map((seq) => ({ seq, record: makeIntake(seq), kioskTime: T })),
          kioskTime: T,
        }),
      }),
      status: 400,
      error: 'batch_out_of_order',
    },
  ],
  'GET /api/v1/pull': [
    ...credentialCases('GET', `${API_PATHS.pull}?cursor=0`),
    {
      name: 'cursor not a number',
      req: () => ({ method: 'GET', path: `${API_PATHS.pull}?cursor=abc`, headers: asKiosk() }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'negative limit',
      req: () => ({ method: 'GET', path: `${API_PATHS.pull}?limit=-1`, headers: asKiosk() }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'limit too high',
      req: () => ({ method: 'GET', path: `${API_PATHS.pull}?limit=100000`, headers: asKiosk() }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'unknown parameter',
      req: () => ({
        method: 'GET',
        path: `${API_PATHS.pull}?cursor=0&phone=13812345678`,
        headers: asKiosk(),
      }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'repeated cursor',
      req: () => ({
        method: 'GET',
        path: `${API_PATHS.pull}?cursor=1&cursor=2`,
        headers: asKiosk(),
      }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'bad kiosk time header',
      req: () => ({
        method: 'GET',
        path: API_PATHS.pull,
        headers: { ...asKiosk(), 'x-kiosk-time': 'teatime' },
      }),
      status: 400,
      error: 'bad_request',
    },
    {
      name: 'malformed URL',
      req: () => ({ method: 'GET', path: `${API_PATHS.pull}%E0%A4%A`, headers: asKiosk() }),
      status: 400,
      error: 'bad_request',
    },
  ],
  'GET /api/v1/health and unknown routes': [
    {
      name: 'unknown path',
      req: () => ({ method: 'GET', path: '/api/v1/records/13812345678' }),
      status: 404,
      error: 'not_found',
    },
    {
      name: 'wrong method',
      req: () => ({ method: 'PUT', path: API_PATHS.push, headers: asKiosk(), body: validPush() }),
      status: 404,
      error: 'not_found',
    },
    {
      name: 'POST to health',
      req: () => ({ method: 'POST', path: API_PATHS.health, headers: jsonType, body: '{}' }),
      status: 404,
      error: 'not_found',
    },
  ],
};

beforeAll(async () => {
  hub = await startTestHub({ enrollFailuresAllowed: 1000 });
  const seeded = seedSite(hub);
  kiosk = await enroll(hub, seeded.code);
  const second = seedSite(hub);
  revoked = await enroll(hub, second.code);
  revokeDevice(hub.db, revoked.deviceId, hub.clock.ms);
  code = seedSite(hub).code; // a valid, unused code: every refused enroll must leave it unused
});
afterAll(async () => {
  await hub.close();
});

describe.each(Object.entries(cases))('%s', (_endpoint, endpointCases) => {
  it.each(endpointCases.map((c) => [c.name, c] as const))(
    '%s: 4xx with a code, database unchanged, hub still up',
    async (_name, c) => {
      const before = snapshot(hub.db);
      const res = await send(c.req());
      expect(res.status).toBe(c.status);
      expect(SyncErrorBody.parse(res.body).error).toBe(c.error);
      expect(snapshot(hub.db)).toBe(before);
      const health = await send({ method: 'GET', path: API_PATHS.health });
      expect(health.status).toBe(200);
    },
  );
});

describe('outside any endpoint', () => {
  it('answers a GET with a 5 MB body without reading it', async () => {
    const res = await send({
      method: 'GET',
      path: API_PATHS.health,
      headers: jsonType,
      body: HUGE,
    });
    expect(res.status).toBe(200);
  });

  it('answers garbage on the socket with a JSON 400 and keeps serving', async () => {
    const url = new URL(hub.url);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(url.port), url.hostname, () =>
        socket.write('HELLO / WORLD\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1.1 400/);
    expect(reply).toContain('"error":"bad_request"');
    expect((await send({ method: 'GET', path: API_PATHS.health })).status).toBe(200);
  });

  it('still enrolls with the code that every refused request left unused', async () => {
    const res = await send({
      method: 'POST',
      path: API_PATHS.enroll,
      headers: jsonType,
      body: json({ code, credential: CRED, kioskTime: kioskTime(hub.clock.ms) }),
    });
    expect(res.status).toBe(200);
  });
});
