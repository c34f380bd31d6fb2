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
    expect(r.consent).toEqual({ version: 'v1', general: true, sensitive: true, at: base.now });
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
