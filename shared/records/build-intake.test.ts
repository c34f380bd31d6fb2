import { describe, expect, it } from 'vitest';
import { buildIntakeDraft, type IntakeInput } from './build-intake';
import { defaultCatalogue } from '../catalogue/default';
import { Intake } from './intake';

/** The first answer in the catalogue that reveals sensitive information, and a plain one. */
function sensitiveAndPlainAnswers() {
  for (const flow of defaultCatalogue.flows) {
    for (const q of flow.questions) {
      const sensitive = q.options.find((o) => o.sensitive);
      const plain = flow.questions.flatMap((qq) =>
        qq.options.filter((o) => !o.sensitive).map((o) => ({ questionId: qq.id, optionId: o.id })),
      )[0];
      if (sensitive && plain) {
        return {
          prompt: flow.prompt,
          kind: sensitive.sensitive!,
          sensitive: { questionId: q.id, optionId: sensitive.id },
          plain,
        };
      }
    }
  }
  throw new Error('catalogue has no sensitive option');
}

const s = sensitiveAndPlainAnswers();
const base: IntakeInput = {
  catalogue: defaultCatalogue,
  prompt: s.prompt,
  answers: [s.plain, s.sensitive],
  services: ['lawyer'],
  legalAid: { matterId: 'support', article: 31, hardship: 'yes' },
  sensitive: [s.kind],
  consentGeneral: true,
  consentSensitive: true,
  contact: {
    surname: ' 王 ',
    salutation: 'ms',
    phone: '13812345678',
    homeVisitReason: 'elderly',
    focusGroups: ['elderly'],
  },
  locale: 'zh-CN',
  now: '2026-11-29T10:00:00+08:00',
};

/** A draft is only useful if it becomes a valid record once the ticket is added. */
function asRecord(draft: ReturnType<typeof buildIntakeDraft>) {
  return Intake.parse({
    ...draft,
    id: '019ace00-0000-7000-8000-000000000000',
    kind: 'intake',
    ticket: { number: 'A-001', day: '2026-11-29' },
    createdAt: '2026-11-29T10:00:00+08:00',
  });
}

describe('buildIntakeDraft applies consent', () => {
  it('with full consent keeps answers, sensitive kinds and trimmed minimal contact', () => {
    const r = asRecord(buildIntakeDraft(base));
    expect(r.answers).toEqual([s.plain, s.sensitive]);
    expect(r.sensitive).toEqual([s.kind]);
    expect(r.contact).toEqual({
      surname: '王',
      salutation: 'ms',
      phone: '13812345678',
      homeVisit: { reason: 'elderly' },
      focusGroups: ['elderly'],
    });
    expect(r.consent).toEqual({ version: 'v2', general: true, sensitive: true, at: base.now });
  });

  it('without the separate sensitive consent drops the answers that reveal it', () => {
    const r = asRecord(buildIntakeDraft({ ...base, consentSensitive: false }));
    expect(r.answers).toEqual([s.plain]);
    expect(r.sensitive).toEqual([]);
    expect(r.consent.sensitive).toBe(false);
  });

  it('without general consent keeps only an anonymous queue entry', () => {
    const r = asRecord(
      buildIntakeDraft({ ...base, consentGeneral: false, consentSensitive: true }),
    );
    expect(r).toMatchObject({
      answers: [],
      sensitive: [],
      legalAid: null,
      contact: null,
      services: ['lawyer'],
    });
    expect(r.consent).toMatchObject({ general: false, sensitive: null });
  });

  it('with full consent keeps health and child details from the contact screen, and says so', () => {
    const r = asRecord(
      buildIntakeDraft({
        ...base,
        contact: { ...base.contact, homeVisitReason: 'illness', focusGroups: ['youth', 'elderly'] },
      }),
    );
    expect(r.contact).toMatchObject({
      homeVisit: { reason: 'illness' },
      focusGroups: ['youth', 'elderly'],
    });
    expect(new Set(r.sensitive)).toEqual(new Set([s.kind, 'health', 'minor']));
  });

  it('stores empty optional fields as null, not empty strings', () => {
    const r = asRecord(
      buildIntakeDraft({
        ...base,
        contact: {
          surname: '',
          salutation: null,
          phone: '',
          homeVisitReason: null,
          focusGroups: [],
        },
      }),
    );
    expect(r.contact).toEqual({
      surname: null,
      salutation: null,
      phone: null,
      homeVisit: null,
      focusGroups: [],
    });
  });
});

/** A flow's answers by `questionId/optionId`, as the resident taps them. */
function answers(...ids: string[]) {
  return ids.map((id) => {
    const [questionId = '', optionId = ''] = id.split('/');
    return { questionId, optionId };
  });
}

describe('buildIntakeDraft keeps nothing sensitive without the separate consent (PIPL Art. 29)', () => {
  const violence: IntakeInput = {
    ...base,
    prompt: 'family',
    answers: answers('topic/violence', 'safeNow/unsafe', 'dvWho/me', 'dvHelp/lawyer'),
    services: ['lawyer', 'legalAid'],
    legalAid: { matterId: 'abuseVictim', article: 32, hardship: null },
    sensitive: ['domesticViolence'],
    consentSensitive: false,
  };

  it('drops a domestic-violence legal-aid pre-screen and every answer that revealed it', () => {
    const r = asRecord(buildIntakeDraft(violence));
    expect(r.legalAid).toBeNull();
    expect(r.answers).toEqual([]);
    expect(r.sensitive).toEqual([]);
    expect(JSON.stringify(r)).not.toMatch(/abuseVictim|violence|dvWho|dvHelp|safeNow/);
    expect(r.services).toEqual(['lawyer', 'legalAid']);
    expect(r.contact?.phone).toBe('13812345678');
  });

  it('keeps the domestic-violence pre-screen when the resident agreed', () => {
    const r = asRecord(buildIntakeDraft({ ...violence, consentSensitive: true }));
    expect(r.legalAid).toEqual({ matterId: 'abuseVictim', article: 32, hardship: null });
    expect(r.answers).toEqual(violence.answers);
    expect(r.sensitive).toEqual(['domesticViolence']);
  });

  it('drops an injury-damages pre-screen (health) but keeps the plain answers', () => {
    const r = asRecord(
      buildIntakeDraft({
        ...base,
        prompt: 'dispute',
        answers: answers('with/injury', 'injuryHow/traffic', 'howLong/recent'),
        legalAid: { matterId: 'injuryDamages', article: 31, hardship: 'yes' },
        sensitive: ['health'],
        consentSensitive: false,
      }),
    );
    expect(r.legalAid).toBeNull();
    expect(r.answers).toEqual(answers('howLong/recent'));
  });

  it('keeps a pre-screen that a plain answer named (unpaid wages reveal nothing sensitive)', () => {
    const labourPay = { matterId: 'labourPay', article: 31, hardship: 'unsure' } as const;
    const r = asRecord(
      buildIntakeDraft({
        ...base,
        prompt: 'labour',
        answers: answers('issue/wages'),
        legalAid: labourPay,
        sensitive: [],
        consentSensitive: null,
      }),
    );
    expect(r.legalAid).toEqual(labourPay);
    expect(r.answers).toEqual(answers('issue/wages'));
  });

  it.each([
    ['illness', null],
    ['disability', null],
    ['child', null],
    ['illness', false],
  ] as const)(
    'drops a home visit for %s and health or child focus groups (sensitive consent: %s)',
    (reason, consentSensitive) => {
      const r = asRecord(
        buildIntakeDraft({
          ...base,
          answers: [s.plain],
          sensitive: [],
          consentSensitive,
          contact: {
            ...base.contact,
            homeVisitReason: reason,
            focusGroups: ['elderly', 'disability', 'youth', 'womenChildren', 'migrantWorker'],
          },
        }),
      );
      expect(r.contact).toMatchObject({
        homeVisit: null,
        focusGroups: ['elderly', 'migrantWorker'],
        surname: '王',
      });
      expect(r.sensitive).toEqual([]);
    },
  );

  it('keeps a home visit whose reason is not sensitive', () => {
    const r = asRecord(
      buildIntakeDraft({
        ...base,
        consentSensitive: false,
        contact: { ...base.contact, homeVisitReason: 'hardship' },
      }),
    );
    expect(r.contact?.homeVisit).toEqual({ reason: 'hardship' });
  });
});
