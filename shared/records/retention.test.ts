import { describe, expect, it } from 'vitest';
import { RETENTION_MONTHS } from './consent-terms';
import { mayDelete, retentionCutoff } from './retention';

const NOW = Date.parse('2029-12-01T00:00:00Z');
const DAY = 24 * 3600_000;
const cutoff = retentionCutoff(NOW);
const old = cutoff - DAY;
const young = cutoff + DAY;

describe('retentionCutoff', () => {
  it('goes back RETENTION_MONTHS calendar months, clamping to the shorter month', () => {
    expect(new Date(cutoff).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(RETENTION_MONTHS).toBe(36);
    expect(new Date(retentionCutoff(Date.parse('2026-05-31T10:00:00Z'), 3)).toISOString()).toBe(
      '2026-02-28T10:00:00.000Z',
    );
  });
});

describe('mayDelete', () => {
  it('deletes a lone intake or suggestion acknowledged before the cutoff, not after', () => {
    expect(mayDelete({ kind: 'intake', acknowledgedAt: old }, NOW)).toBe(true);
    expect(mayDelete({ kind: 'suggestion', acknowledgedAt: old }, NOW)).toBe(true);
    expect(mayDelete({ kind: 'intake', acknowledgedAt: young }, NOW)).toBe(false);
  });

  it('never deletes what the hub has not acknowledged, however old', () => {
    expect(mayDelete({ kind: 'suggestion', acknowledgedAt: null }, NOW)).toBe(false);
    const ended = { status: 'closed' as const, lastEventAt: 0 };
    expect(mayDelete({ kind: 'intake', acknowledgedAt: null, case: ended }, NOW)).toBe(false);
  });

  it('keeps an open case however old, deletes an ended one after its last event', () => {
    const facts = (status: 'closed' | 'noShow' | 'awaitingTeams', lastEventAt: number) => ({
      kind: 'caseEvent' as const,
      acknowledgedAt: 0,
      case: { status, lastEventAt },
    });
    expect(mayDelete(facts('awaitingTeams', 0), NOW)).toBe(false);
    expect(mayDelete(facts('closed', old), NOW)).toBe(true);
    expect(mayDelete(facts('noShow', old), NOW)).toBe(true);
    expect(mayDelete(facts('closed', young), NOW)).toBe(false);
  });

  it('counts a case from its last acknowledgement when that came after its last event', () => {
    const closed = { status: 'closed' as const, lastEventAt: 0 };
    expect(mayDelete({ kind: 'intake', acknowledgedAt: young, case: closed }, NOW)).toBe(false);
  });

  it('keeps a case event whose case is unknown, and unreadable times', () => {
    expect(mayDelete({ kind: 'caseEvent', acknowledgedAt: old }, NOW)).toBe(false);
    expect(mayDelete({ kind: 'intake', acknowledgedAt: Number.NaN }, NOW)).toBe(false);
    const closed = { status: 'closed' as const, lastEventAt: Number.NaN };
    expect(mayDelete({ kind: 'intake', acknowledgedAt: old, case: closed }, NOW)).toBe(false);
  });
});
