import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../ids';
import {
  Intake,
  KioskRecord,
  Ticket as IntakeTicket,
  RecordId as IntakeRecordId,
} from '../records/intake';
import { intakeDraft } from '../../tests/fixtures/intake-draft';
import { CaseEvent, KioskCaseEvent } from './events';
import { RecordId, Ticket } from './fields';
import { caseWriter, minutes, registeredBody, TICKET } from './fixtures';
import { readCaseUpdate } from './case-update';

const caseId = uuidv7(minutes(0));
const desk = caseWriter(caseId);

describe('case event schemas', () => {
  it('travel as kiosk records beside intakes (the hub validates pushes with KioskRecord)', () => {
    const event = desk.desk('registered', minutes(5), registeredBody(caseId));
    expect(KioskRecord.parse(event)).toEqual(event);
    const intake = {
      ...intakeDraft(),
      id: uuidv7(minutes(0)),
      kind: 'intake',
      ticket: TICKET,
      createdAt: '2026-11-29T09:00:00+08:00',
    };
    expect(KioskRecord.parse(intake).kind).toBe('intake');
    expect(Intake.safeParse(event).success).toBe(false);
  });

  it('a kiosk may not push a team’s update; the hub’s schema reads it', () => {
    const resolved = desk.team('teamResolved', 'lawyer', minutes(60), { result: '已答复' });
    expect(KioskRecord.safeParse(resolved).success).toBe(false);
    expect(CaseEvent.parse(resolved)).toEqual(resolved);
    const forged = { ...resolved, actor: { kind: 'volunteer', id: 'demo-zhang' } };
    expect(CaseEvent.safeParse(forged).success).toBe(false);
  });

  it('refuses unknown fields, over-long text and bad ids', () => {
    const ok = desk.desk('note', minutes(5), { text: '备注' });
    expect(KioskCaseEvent.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(KioskCaseEvent.safeParse({ ...ok, text: 'x'.repeat(501) }).success).toBe(false);
    expect(KioskCaseEvent.safeParse({ ...ok, text: '   ' }).success).toBe(false);
    expect(KioskCaseEvent.safeParse({ ...ok, caseId: 'case-1' }).success).toBe(false);
    expect(KioskCaseEvent.safeParse({ ...ok, deviceId: 'dev 1' }).success).toBe(false);
    expect(
      KioskCaseEvent.safeParse({ ...ok, actor: { kind: 'volunteer', id: 'Zhang San' } }).success,
    ).toBe(false);
  });

  it('keeps no personal details without consent', () => {
    const body = registeredBody(caseId, {
      consent: {
        from: 'desk',
        version: 'v1',
        general: false,
        sensitive: null,
        at: '2026-11-29T09:30:00+08:00',
      },
    });
    expect(KioskCaseEvent.safeParse(desk.desk('registered', minutes(5), body)).success).toBe(false);
    const anonymous = {
      ...body,
      resident: { surname: null, salutation: null, phone: null },
      focusGroups: [],
    };
    expect(KioskCaseEvent.safeParse(desk.desk('registered', minutes(5), anonymous)).success).toBe(
      true,
    );
  });

  it('checks the matter, phone and surname like the kiosk does', () => {
    const bad = [
      { matter: 'x'.repeat(201) },
      { matter: '' },
      { resident: { surname: '王小明明明', salutation: null, phone: null } },
      { resident: { surname: null, salutation: null, phone: '12345678901' } },
      { focusGroups: ['elderly', 'elderly'] as const },
      { category: 'x:Bad' },
    ];
    for (const o of bad)
      expect(
        KioskCaseEvent.safeParse(
          desk.desk('registered', minutes(5), registeredBody(caseId, o as never)),
        ).success,
      ).toBe(false);
  });

  it('a routing is due today or later, and a group session needs two teams', () => {
    const route = (o: object) =>
      KioskCaseEvent.safeParse(
        desk.desk('routed', minutes(5), {
          teams: ['lawyer'],
          dueDate: '2026-11-29',
          jointSession: null,
          ...o,
        }),
      ).success;
    expect(route({})).toBe(true);
    expect(route({ dueDate: '2026-11-28' })).toBe(false);
    expect(route({ jointSession: { date: '2026-12-01', time: '14:00' } })).toBe(false);
    expect(
      route({
        teams: ['lawyer', 'x:elder-care-law'],
        jointSession: { date: '2026-12-01', time: '14:00' },
      }),
    ).toBe(true);
    expect(route({ teams: [] })).toBe(false);
    expect(route({ teams: ['lawyer', 'lawyer'] })).toBe(false);
  });

  it('a rating is a whole number from 1 to 5', () => {
    const rate = (score: number) =>
      KioskCaseEvent.safeParse(desk.desk('satisfaction', minutes(5), { score, tags: [] })).success;
    expect([0, 1, 3.5, 5, 6].map(rate)).toEqual([false, true, false, true, false]);
  });
});

describe('shared fields agree with the intake schema', () => {
  it.each(['019ace00-0000-7000-8000-000000000000', '019ace00-0000-4000-8000-000000000000', 'nope'])(
    'record id %s',
    (id) => {
      expect(RecordId.safeParse(id).success).toBe(IntakeRecordId.safeParse(id).success);
    },
  );
  it.each([TICKET, { number: 'A-1', day: '2026-11-29' }, { number: 'W-001', day: '29/11/2026' }])(
    'ticket %o',
    (ticket) => {
      expect(Ticket.safeParse(ticket).success).toBe(IntakeTicket.safeParse(ticket).success);
    },
  );
});

describe('case changes from the hub', () => {
  it('reads the events of the case and skips ones it cannot read', () => {
    const good = desk.team('teamAccepted', 'lawyer', minutes(60), {});
    const otherCase = caseWriter(uuidv7(minutes(9))).desk('note', minutes(9), { text: 'x' });
    const read = readCaseUpdate({
      caseId,
      status: 'awaitingTeams',
      events: [good, { ...good, type: 'teamExploded' }, otherCase],
      fromANewerHub: true,
    });
    expect(read).toEqual({ caseId, events: [good], skipped: 2 });
  });

  it('is null for a body that is not a case change', () => {
    expect(readCaseUpdate({ caseId: 'x', status: 's', events: [] })).toBeNull();
    expect(readCaseUpdate({ caseId, status: 's' })).toBeNull();
    expect(readCaseUpdate(null)).toBeNull();
  });
});
