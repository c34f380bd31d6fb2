import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRecordsDb, type RecordsDb } from './records-db';
import { intakesOfDay, pendingCount, saveIntake, saveSuggestion } from './records';
import { intakeDraft } from '../../tests/fixtures/intake-draft';

let db: RecordsDb;
let n = 0;
beforeEach(() => {
  db = openRecordsDb(`records-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const morning = new Date(2026, 10, 29, 9, 30);

describe('saveIntake', () => {
  it('stores the intake and its outbox entry together and returns the ticket', async () => {
    const saved = await saveIntake(db, intakeDraft(), morning);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.ticket).toEqual({ number: 'A-001', day: '2026-11-29' });
    expect(await db.records.get(saved.value.id)).toMatchObject({
      kind: 'intake',
      day: '2026-11-29',
    });
    const outbox = await db.outbox.toArray();
    expect(outbox.map((o) => o.recordId)).toEqual([saved.value.id]);
  });

  it('numbers tickets per day: A-001, A-002, then A-001 again the next day', async () => {
    const a = await saveIntake(db, intakeDraft(), morning);
    const b = await saveIntake(db, intakeDraft(), new Date(2026, 10, 29, 16, 0));
    const c = await saveIntake(db, intakeDraft(), new Date(2026, 10, 30, 9, 0));
    expect([a, b, c].map((r) => (r.ok ? r.value.ticket.number : r.error))).toEqual([
      'A-001',
      'A-002',
      'A-001',
    ]);
  });

  it('gives outbox entries increasing sequence numbers in creation order', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await saveIntake(db, intakeDraft(), new Date(morning.getTime() + i * 1000));
      if (r.ok) ids.push(r.value.id);
    }
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((o) => o.recordId)).toEqual(ids);
  });

  it('writes nothing and uses no ticket number when the draft is invalid', async () => {
    const bad = await saveIntake(
      db,
      intakeDraft({
        contact: {
          surname: '<script>',
          salutation: null,
          phone: null,
          homeVisit: null,
          focusGroups: [],
        },
      }),
      morning,
    );
    expect(bad).toEqual({ ok: false, error: 'invalid' });
    expect(await db.records.count()).toBe(0);
    expect(await pendingCount(db)).toBe(0);
    const good = await saveIntake(db, intakeDraft(), morning);
    expect(good.ok && good.value.ticket.number).toBe('A-001');
  });

  it('reports a full disk as "quota" and rolls the whole transaction back', async () => {
    db.outbox.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await saveIntake(db, intakeDraft(), morning);
    expect(result).toEqual({ ok: false, error: 'quota' });
    expect(await db.records.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
  });

  it('lists the day’s intakes in ticket order', async () => {
    await saveIntake(db, intakeDraft({ prompt: 'labour' }), morning);
    await saveIntake(db, intakeDraft({ prompt: 'family' }), new Date(2026, 10, 29, 11, 0));
    await saveSuggestion(db, '希望周末也开放', new Date(2026, 10, 29, 10, 0));
    const today = await intakesOfDay(db, '2026-11-29');
    expect(today.map((i) => [i.ticket.number, i.prompt])).toEqual([
      ['A-001', 'labour'],
      ['A-002', 'family'],
    ]);
  });
});

describe('saveSuggestion', () => {
  it('queues an anonymous suggestion for the hub', async () => {
    const r = await saveSuggestion(db, '  希望周末也开放  ', morning);
    expect(r.ok && r.value.text).toBe('希望周末也开放');
    expect(await pendingCount(db)).toBe(1);
  });

  it('refuses an empty or over-long suggestion without writing', async () => {
    expect(await saveSuggestion(db, '   ', morning)).toEqual({ ok: false, error: 'invalid' });
    expect(await saveSuggestion(db, 'x'.repeat(501), morning)).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(await db.records.count()).toBe(0);
  });
});
