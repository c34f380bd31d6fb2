import { describe, expect, it } from 'vitest';
import {
  checkHomeVisit,
  checkRegistration,
  checkReport,
  checkRoute,
  checkSolved,
  parseLocalDateTime,
  type RegistrationInput,
} from './forms';

const blank: RegistrationInput = {
  surname: '',
  salutation: null,
  phone: '',
  matter: '',
  category: null,
  urgency: null,
  focusGroups: [],
  homeVisitReason: null,
  consent: null,
};
const TODAY = '2026-11-29';

describe('first-contact registration form', () => {
  it('says what is missing, field by field', () => {
    expect(checkRegistration(blank)).toEqual({
      ok: false,
      problems: {
        consent: 'required',
        matter: 'required',
        category: 'required',
        urgency: 'required',
      },
    });
  });

  it('explains a bad phone, surname or a matter over 200 characters', () => {
    const r = checkRegistration({
      ...blank,
      consent: true,
      surname: '<b>',
      phone: '1381234',
      matter: '事'.repeat(201),
      category: 'lawyer',
      urgency: 'normal',
    });
    expect(r).toEqual({
      ok: false,
      problems: { surname: 'invalid', phone: 'tooShort', matter: 'tooLong' },
    });
  });

  it('gives clean values with consent', () => {
    const r = checkRegistration({
      ...blank,
      consent: true,
      surname: ' 李 ',
      salutation: 'mr',
      phone: '13912345678',
      matter: '  工资被拖欠三个月  ',
      category: 'legalAid',
      urgency: 'soon',
      focusGroups: ['migrantWorker', 'migrantWorker'],
      homeVisitReason: 'illness',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        resident: { surname: '李', salutation: 'mr', phone: '13912345678' },
        matter: '工资被拖欠三个月',
        category: 'legalAid',
        urgency: 'soon',
        focusGroups: ['migrantWorker'],
        homeVisit: { reason: 'illness' },
        consentGiven: true,
      },
    });
  });

  it('without consent keeps the matter and drops every personal detail', () => {
    const r = checkRegistration({
      ...blank,
      consent: false,
      surname: '<b>',
      phone: '1',
      matter: '咨询继承',
      category: 'notary',
      urgency: 'normal',
      focusGroups: ['elderly'],
      homeVisitReason: 'elderly',
    });
    expect(r.ok && r.value).toMatchObject({
      resident: { surname: null, salutation: null, phone: null },
      focusGroups: [],
      homeVisit: null,
      consentGiven: false,
    });
  });
});

describe('outcome forms', () => {
  it('solved on the spot needs the advice given and a service', () => {
    expect(checkSolved({ advice: ' ', services: [] })).toEqual({
      ok: false,
      problems: { advice: 'required', services: 'required' },
    });
    expect(checkSolved({ advice: '解答', services: ['lawyer'] }).ok).toBe(true);
  });

  it('routing needs a team and a due date from today on', () => {
    expect(checkRoute({ teams: [], dueDate: '', sessionDate: '', sessionTime: '' }, TODAY)).toEqual(
      {
        ok: false,
        problems: { teams: 'required', dueDate: 'required' },
      },
    );
    expect(
      checkRoute(
        { teams: ['lawyer'], dueDate: '2026-11-28', sessionDate: '', sessionTime: '' },
        TODAY,
      ),
    ).toEqual({ ok: false, problems: { dueDate: 'pastDate' } });
    expect(
      checkRoute(
        { teams: ['lawyer'], dueDate: '2026-02-31x', sessionDate: '', sessionTime: '' },
        TODAY,
      ),
    ).toEqual({ ok: false, problems: { dueDate: 'invalid' } });
  });

  it('a joint consultation may have a group session; a day alone is one, a time alone is not', () => {
    const teams = ['lawyer', 'mediation'] as const;
    const base = { teams: [...teams], dueDate: '2026-12-06' };
    expect(checkRoute({ ...base, sessionDate: '', sessionTime: '' }, TODAY)).toEqual({
      ok: true,
      value: { ...base, jointSession: null },
    });
    // The time is optional, as the form says: the day alone is accepted, its time left open.
    expect(checkRoute({ ...base, sessionDate: '2026-12-01', sessionTime: '' }, TODAY)).toEqual({
      ok: true,
      value: { ...base, jointSession: { date: '2026-12-01', time: null } },
    });
    expect(checkRoute({ ...base, sessionDate: '', sessionTime: '14:00' }, TODAY)).toEqual({
      ok: false,
      problems: { sessionDate: 'required' },
    });
    expect(checkRoute({ ...base, sessionDate: '2026-12-01', sessionTime: '25:00' }, TODAY)).toEqual(
      { ok: false, problems: { sessionTime: 'invalid' } },
    );
    expect(checkRoute({ ...base, sessionDate: '2026-12-01', sessionTime: '14:00' }, TODAY)).toEqual(
      {
        ok: true,
        value: { ...base, jointSession: { date: '2026-12-01', time: '14:00' } },
      },
    );
    // One team: a session typed earlier is not a joint consultation and is dropped.
    expect(
      checkRoute(
        {
          teams: ['lawyer'],
          dueDate: '2026-12-06',
          sessionDate: '2026-12-01',
          sessionTime: '14:00',
        },
        TODAY,
      ),
    ).toMatchObject({ ok: true, value: { jointSession: null } });
  });

  const visit = { time: '', address: '', consented: true };
  it('a home visit needs a team, a reason and a date', () => {
    expect(
      checkHomeVisit({ ...visit, team: null, reason: null, visitBy: '2026-11-01' }, TODAY),
    ).toEqual({
      ok: false,
      problems: { team: 'required', reason: 'required', visitBy: 'pastDate' },
    });
  });

  it('a home visit may carry a time and an address; the address only with consent', () => {
    const base = { team: 'legalAid', reason: 'elderly', visitBy: '2026-12-03' } as const;
    expect(
      checkHomeVisit(
        { ...base, time: '09:30', address: ' 天平路 100 弄 3 号 ', consented: true },
        TODAY,
      ),
    ).toEqual({
      ok: true,
      value: { ...base, time: '09:30', address: '天平路 100 弄 3 号' },
    });
    expect(checkHomeVisit({ ...base, ...visit }, TODAY)).toEqual({
      ok: true,
      value: { ...base, time: null, address: null },
    });
    // Without consent an address typed earlier is dropped, never kept.
    expect(
      checkHomeVisit({ ...base, time: '', address: '天平路 100 弄', consented: false }, TODAY),
    ).toMatchObject({ ok: true, value: { address: null } });
    expect(
      checkHomeVisit({ ...base, time: '9点', address: '路'.repeat(121), consented: true }, TODAY),
    ).toEqual({ ok: false, problems: { time: 'invalid', address: 'tooLong' } });
  });
});

describe('reporting the result back', () => {
  const now = new Date(2026, 10, 29, 15, 0);
  it('needs how; when defaults to the moment of saving and cannot be in the future', () => {
    expect(checkReport({ how: null, when: '', note: '' }, now)).toEqual({
      ok: false,
      problems: { how: 'required' },
    });
    expect(checkReport({ how: 'inPerson', when: '', note: '' }, now)).toEqual({
      ok: true,
      value: { how: 'inPerson', when: now, note: null },
    });
    expect(checkReport({ how: 'inPerson', when: 'soon', note: '' }, now)).toEqual({
      ok: false,
      problems: { when: 'invalid' },
    });
    expect(checkReport({ how: 'phone', when: '2026-11-29T16:00', note: '' }, now)).toEqual({
      ok: false,
      problems: { when: 'futureTime' },
    });
    expect(checkReport({ how: 'phone', when: '2026-11-29T14:30', note: ' ' }, now)).toEqual({
      ok: true,
      value: { how: 'phone', when: new Date(2026, 10, 29, 14, 30), note: null },
    });
  });

  it('reads local date-times strictly', () => {
    expect(parseLocalDateTime('2026-02-30T10:00')).toBeNull();
    expect(parseLocalDateTime('2026-11-29 10:00')).toBeNull();
    expect(parseLocalDateTime('2026-11-29T10:00')).toEqual(new Date(2026, 10, 29, 10, 0));
  });
});
