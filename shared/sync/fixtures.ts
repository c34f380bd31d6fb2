import { uuidv7 } from '../ids';
import { PROMPT_KEYS } from '../catalogue/ids';
import type { Intake, Suggestion } from '../records/intake';
import { formatTicket } from '../records/ticket';

/**
 * Valid records for tests and benchmarks (never used by the product itself). The n-th intake
 * varies prompt, consent and contact so that a stream of them looks like a real day.
 */
export function makeIntake(
  n: number,
  createdAtMs: number = Date.UTC(2026, 10, 29, 2, 0, 0) + n * 1000,
): Intake {
  const createdAt = new Date(createdAtMs).toISOString();
  const prompt = PROMPT_KEYS[n % PROMPT_KEYS.length] ?? 'contract';
  const consented = n % 5 !== 4;
  return {
    id: uuidv7(createdAtMs),
    kind: 'intake',
    prompt,
    catalogueVersion: '2026.11.29',
    answers: consented ? [{ questionId: 'stage', optionId: 'notSigned' }] : [],
    services: ['lawyer', n % 2 === 0 ? 'mediation' : 'notary'],
    legalAid: null,
    sensitive: [],
    consent: { version: 'v1', general: consented, sensitive: null, at: createdAt },
    contact: consented
      ? {
          surname: '王',
          salutation: 'ms',
          phone: `138${String(10_000_000 + (n % 89_999_999)).slice(-8)}`,
          homeVisit: null,
          focusGroups: [],
        }
      : null,
    ticket: { number: formatTicket((n % 9999) + 1), day: createdAt.slice(0, 10) },
    locale: n % 3 === 0 ? 'en' : 'zh-CN',
    createdAt,
  };
}

/** A consenting resident's minimal contact, for tests that put it where consent is missing. */
export const CONTACT: NonNullable<Intake['contact']> = {
  surname: '王',
  salutation: 'ms',
  phone: '13812345678',
  homeVisit: null,
  focusGroups: [],
};

export function makeSuggestion(
  text = '希望周末也能开放',
  createdAtMs = Date.UTC(2026, 10, 29, 2, 0, 0),
): Suggestion {
  return {
    id: uuidv7(createdAtMs),
    kind: 'suggestion',
    text,
    createdAt: new Date(createdAtMs).toISOString(),
  };
}
