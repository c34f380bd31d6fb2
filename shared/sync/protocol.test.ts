import { describe, expect, it } from 'vitest';
import {
  EnrollRequest,
  PullQuery,
  PullResponse,
  PushEnvelope,
  PushRequest,
  readChange,
  seqsStrictlyIncrease,
} from './protocol';
import { Rota, ThemeActivity } from './content';
import { authorizationHeader, parseAuthorization } from './auth';
import { SYNC_ERROR_CODES, SYNC_ERROR_STATUS, syncErrorAction } from './errors';
import { makeIntake, makeSuggestion } from './fixtures';
import { Intake, Suggestion } from '../records/intake';

const T = '2026-11-29T10:00:00+08:00';

describe('fixtures', () => {
  it('make records the shared schemas accept', () => {
    for (let n = 0; n < 20; n++) expect(Intake.safeParse(makeIntake(n)).success).toBe(true);
    expect(Suggestion.safeParse(makeSuggestion()).success).toBe(true);
  });
});

describe('push', () => {
  it('accepts a well-formed batch and refuses unknown fields, zero or fractional seqs and empty batches', () => {
    const batch = [{ seq: 1, record: makeIntake(1), kioskTime: T }];
    expect(PushRequest.safeParse({ batch, kioskTime: T }).success).toBe(true);
    expect(PushRequest.safeParse({ batch, kioskTime: T, extra: 1 }).success).toBe(false);
    expect(PushRequest.safeParse({ batch: [{ ...batch[0], seq: 0 }], kioskTime: T }).success).toBe(
      false,
    );
    expect(
      PushRequest.safeParse({ batch: [{ ...batch[0], seq: 1.5 }], kioskTime: T }).success,
    ).toBe(false);
    expect(PushRequest.safeParse({ batch: [], kioskTime: T }).success).toBe(false);
    expect(PushRequest.safeParse({ batch, kioskTime: 'yesterday' }).success).toBe(false);
  });

  it('lets the hub read a batch whose records are invalid, so it can answer each one', () => {
    const batch = [{ seq: 1, record: { not: 'a record' }, kioskTime: T }];
    expect(PushRequest.safeParse({ batch, kioskTime: T }).success).toBe(false);
    expect(PushEnvelope.safeParse({ batch, kioskTime: T }).success).toBe(true);
  });

  it('checks that seqs strictly increase', () => {
    expect(seqsStrictlyIncrease([{ seq: 1 }, { seq: 2 }, { seq: 9 }])).toBe(true);
    expect(seqsStrictlyIncrease([{ seq: 2 }, { seq: 1 }])).toBe(false);
    expect(seqsStrictlyIncrease([{ seq: 3 }, { seq: 3 }])).toBe(false);
  });
});

describe('enroll and pull', () => {
  it('trims codes and refuses unknown fields', () => {
    const credential = 'c'.repeat(43);
    expect(EnrollRequest.parse({ code: ' ABCD-EFGH ', credential, kioskTime: T }).code).toBe(
      'ABCD-EFGH',
    );
    expect(
      EnrollRequest.safeParse({ code: 'ABCD-EFGH', credential, kioskTime: T, admin: true }).success,
    ).toBe(false);
  });

  it("requires the kiosk's own 256-bit credential, and only that shape", () => {
    const request = (credential?: string) =>
      EnrollRequest.safeParse({ code: 'ABCD-EFGH', kioskTime: T, credential }).success;
    expect(request('A_-9'.repeat(10) + 'abc')).toBe(true);
    expect(request(undefined)).toBe(false);
    expect(request('c'.repeat(42))).toBe(false);
    expect(request('c'.repeat(44))).toBe(false);
    expect(request('c'.repeat(42) + '=')).toBe(false);
  });

  it('reads the query string as numbers with defaults and limits', () => {
    expect(PullQuery.parse({})).toEqual({ cursor: 0, limit: 100 });
    expect(PullQuery.parse({ cursor: '42', limit: '10' })).toEqual({ cursor: 42, limit: 10 });
    for (const bad of [
      { cursor: '-1' },
      { cursor: '1e3' },
      { limit: '0' },
      { limit: '501' },
      { cursor: ['1', '2'] },
      { since: '1' },
    ]) {
      expect(PullQuery.safeParse(bad).success).toBe(false);
    }
  });

  it('skips change kinds and bodies this kiosk cannot read, without failing the page', () => {
    const page = PullResponse.parse({
      changes: [
        { cursor: 1, kind: 'rota', key: 'xujiahui', body: { entries: [] } },
        { cursor: 2, kind: 'hologram', key: 'x', body: {} },
        { cursor: 3, kind: 'theme', key: '2026-11', body: { month: '2026-11' } },
      ],
      cursor: 3,
      more: false,
      hubTime: '2026-11-29T02:00:00.000Z',
    });
    expect(page.changes.map(readChange).map((c) => c?.kind ?? null)).toEqual(['rota', null, null]);
  });
});

describe('content', () => {
  it('refuses rota slots that end before they start and themes dated outside their month', () => {
    expect(
      Rota.safeParse({
        entries: [
          { weekday: 1, start: '09:00', end: '12:00', service: 'x:elder-rights', who: '赵阿姨' },
        ],
      }).success,
    ).toBe(true);
    expect(
      Rota.safeParse({
        entries: [{ weekday: 1, start: '12:00', end: '09:00', service: 'lawyer', who: 'a' }],
      }).success,
    ).toBe(false);
    expect(
      Rota.safeParse({
        entries: [{ weekday: 1, start: '9:00', end: '12:00', service: 'lawyer', who: 'a' }],
      }).success,
    ).toBe(false);
    const theme = {
      month: '2026-11',
      title: { 'zh-CN': '主题', en: 'Theme' },
      date: '2026-11-18',
      place: { 'zh-CN': '厅', en: 'Hall' },
    };
    expect(ThemeActivity.safeParse(theme).success).toBe(true);
    expect(ThemeActivity.safeParse({ ...theme, date: '2026-12-01' }).success).toBe(false);
  });
});

describe('auth header', () => {
  it('round-trips and refuses anything else', () => {
    expect(parseAuthorization(authorizationHeader('dev_abcdefghijklmnop', 'abc_DEF-123'))).toEqual({
      deviceId: 'dev_abcdefghijklmnop',
      secret: 'abc_DEF-123',
    });
    for (const bad of [
      undefined,
      '',
      'Bearer',
      'Bearer dev_x',
      'Basic dev_x.abc',
      'Bearer dev_x.abc.def',
      `Bearer dev_x.${'a'.repeat(300)}`,
    ]) {
      expect(parseAuthorization(bad)).toBeNull();
    }
  });
});

describe('errors', () => {
  it('gives every code a 4xx/5xx status and an action', () => {
    for (const code of SYNC_ERROR_CODES) {
      expect(SYNC_ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
      expect(['retry', 'enroll', 'code', 'split', 'bug', 'wipe']).toContain(syncErrorAction(code));
    }
    expect(syncErrorAction('device_revoked')).toBe('enroll');
    expect(syncErrorAction('device_lost')).toBe('wipe');
    expect(syncErrorAction('body_too_large')).toBe('split');
  });
});
