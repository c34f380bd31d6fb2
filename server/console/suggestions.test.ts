import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempHubDb } from '../testing/temp-db';
import { seedRoom, seedSuggestion } from './testing/seed-cases';
import { seedAccount } from './testing/console-client';
import { listSuggestions, updateSuggestion } from './suggestions';
import type { Account } from './accounts';
import { pullChanges } from '../store/changes';
import { rebuildStats } from '../store/stats/rebuild';
import { purgeExpired } from '../store/retention';
import type { Db } from '../db/open';
import { SuggestionsQuery } from '../../shared/console/requests';

const NOW = Date.parse('2026-11-20T02:00:00Z');
let db: Db;
let cleanup: () => void;
let staff: Account;
let xujiahui: ReturnType<typeof seedRoom>;
let tianping: ReturnType<typeof seedRoom>;

beforeEach(async () => {
  ({ db, cleanup } = openTempHubDb());
  xujiahui = seedRoom(db, 'xujiahui', NOW);
  tianping = seedRoom(db, 'tianping', NOW);
  staff = await seedAccount(db, 'xujiahui', 'street-office', { street: 'xujiahui' });
});
afterEach(() => cleanup());

const query = (q: Record<string, unknown> = {}) => SuggestionsQuery.parse(q);
const byTopic = () =>
  Object.fromEntries(
    (
      db
        .prepare(`SELECT d1, n FROM stats_monthly WHERE scope = '*' AND measure = 'suggestion'`)
        .all() as { d1: string; n: number }[]
    ).map((r) => [r.d1, r.n]),
  );

describe('the suggestion box at the hub', () => {
  it('lists a street its own suggestions only, newest first, with counts by topic', () => {
    seedSuggestion(db, xujiahui, '希望周末也开放', NOW);
    seedSuggestion(db, xujiahui, '自助机字太小', NOW + 1000);
    seedSuggestion(db, tianping, '楼道灯坏了', NOW + 2000);
    const own = listSuggestions(db, 'xujiahui', query(), NOW + 3000);
    expect(own.rows.map((r) => r.text)).toEqual(['自助机字太小', '希望周末也开放']);
    expect(own.total).toBe(2);
    expect(own.byTopic).toEqual({ untagged: 2 });
    expect(listSuggestions(db, null, query(), NOW).total).toBe(3);
  });

  it('moves the monthly figure to the new topic when tagged, and a recount agrees', () => {
    const id = seedSuggestion(db, xujiahui, '希望周末也开放', NOW);
    seedSuggestion(db, xujiahui, '自助机字太小', NOW + 1000);
    expect(byTopic()).toEqual({ untagged: 2 });
    updateSuggestion(db, staff, id, { topic: 'openingHours' }, '127.0.0.1', NOW);
    expect(byTopic()).toEqual({ untagged: 1, openingHours: 1 });
    updateSuggestion(db, staff, id, { topic: 'venue' }, '127.0.0.1', NOW);
    expect(byTopic()).toEqual({ untagged: 1, openingHours: 0, venue: 1 });
    expect(rebuildStats(db, { dryRun: true }).differences).toBe(0);
    const list = listSuggestions(db, 'xujiahui', query({ topic: 'venue' }), NOW);
    expect(list.rows.map((r) => [r.text, r.status])).toEqual([['希望周末也开放', 'open']]);
  });

  it('puts a public reply on its own room’s notice board only, and takes it down again', () => {
    const id = seedSuggestion(db, xujiahui, '希望周末也开放', NOW);
    const reply = '自 12 月起每周六上午开放。';
    updateSuggestion(db, staff, id, { reply, replyPublic: false }, '127.0.0.1', NOW);
    expect(pullChanges(db, xujiahui.siteId, 0, 100).changes.map((c) => c.kind)).not.toContain(
      'suggestionReply',
    );
    updateSuggestion(db, staff, id, { replyPublic: true, closed: true }, '127.0.0.1', NOW);
    const notice = pullChanges(db, xujiahui.siteId, 0, 100).changes.find(
      (c) => c.kind === 'suggestionReply',
    );
    expect(notice?.body).toEqual({ id, topic: null, day: '2026-11-20', reply });
    // Never the resident's own words, and never to another room.
    expect(JSON.stringify(notice)).not.toContain('周末也开放');
    expect(
      pullChanges(db, tianping.siteId, 0, 100).changes.some((c) => c.kind === 'suggestionReply'),
    ).toBe(false);
    updateSuggestion(db, staff, id, { replyPublic: false }, '127.0.0.1', NOW);
    const withdrawn = pullChanges(db, xujiahui.siteId, 0, 100).changes.find(
      (c) => c.kind === 'suggestionReply',
    );
    expect(withdrawn?.body).toMatchObject({ reply: null });
    const [row] = listSuggestions(db, 'xujiahui', query(), NOW).rows;
    expect(row).toMatchObject({ status: 'closed', reply, replyPublic: false });
  });

  it('writes who changed which fields to the audit log, never the words', () => {
    const id = seedSuggestion(db, xujiahui, '希望周末也开放', NOW);
    updateSuggestion(db, staff, id, { reply: '谢谢，已转告', closed: true }, '127.0.0.1', NOW);
    const line = db
      .prepare(`SELECT * FROM audit_log WHERE action = 'suggestion.update'`)
      .get() as Record<string, unknown>;
    expect(line).toMatchObject({ account_id: staff.id, target_id: id, detail: 'closed,reply' });
    expect(JSON.stringify(line)).not.toContain('谢谢');
  });

  it('goes with its notes and notice at the retention purge, its figure kept', () => {
    const id = seedSuggestion(db, xujiahui, '希望周末也开放', NOW);
    updateSuggestion(
      db,
      staff,
      id,
      { topic: 'openingHours', reply: '好的', replyPublic: true },
      '127.0.0.1',
      NOW,
    );
    purgeExpired(db, NOW + 40 * 31 * 24 * 3600_000);
    expect(db.prepare('SELECT COUNT(*) FROM suggestion_notes').pluck().get()).toBe(0);
    expect(
      db.prepare(`SELECT COUNT(*) FROM changes WHERE kind = 'suggestionReply'`).pluck().get(),
    ).toBe(0);
    expect(byTopic()).toMatchObject({ openingHours: 1 });
    expect(rebuildStats(db, { dryRun: true }).differences).toBe(0);
  });
});
