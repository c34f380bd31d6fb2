import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from './default';
import type { Catalogue, Question } from './schema';
import type { PromptKey } from './ids';
import { parseCatalogue } from './validate';

function question(c: Catalogue, prompt: PromptKey, id: string): Question {
  const q = c.flows.find((f) => f.prompt === prompt)?.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${prompt}/${id}`);
  return q;
}

function option(c: Catalogue, prompt: PromptKey, questionId: string, optionId: string) {
  const o = question(c, prompt, questionId).options.find((x) => x.id === optionId);
  if (!o) throw new Error(`no option ${optionId}`);
  return o;
}

/** The errors for a copy of the default catalogue broken by `breakIt`. */
function errorsAfter(breakIt: (c: Catalogue) => void): string[] {
  const copy = structuredClone(defaultCatalogue);
  breakIt(copy);
  const result = parseCatalogue(copy);
  if (result.ok) throw new Error('expected the broken catalogue to be rejected');
  return result.errors;
}

describe('a good catalogue', () => {
  it('the default catalogue passes', () => {
    const result = parseCatalogue(defaultCatalogue);
    expect(result).toEqual({ ok: true, value: defaultCatalogue });
  });

  it('passes after a JSON round trip, as it arrives from the hub', () => {
    expect(parseCatalogue(JSON.parse(JSON.stringify(defaultCatalogue))).ok).toBe(true);
  });

  it('may use an "X" service it declares', () => {
    const copy = structuredClone(defaultCatalogue);
    copy.services.push({
      id: 'x:elder-care-law',
      nameKey: 'x.name',
      teamKey: 'x.team',
      summaryKey: 'x.summary',
    });
    for (const key of ['x.name', 'x.team', 'x.summary']) {
      copy.strings['zh-CN'][key] = '老年人法律服务';
      copy.strings.en[key] = 'Elder care law';
    }
    option(copy, 'family', 'topic', 'elder').services.push({
      id: 'x:elder-care-law',
      reasonKey: 'reason.lawyer.family',
    });
    expect(parseCatalogue(copy).ok).toBe(true);
  });
});

describe('a broken catalogue is rejected with a readable error', () => {
  it('not a catalogue at all', () => {
    const result = parseCatalogue(null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });

  it('a bad version', () => {
    expect(errorsAfter((c) => (c.version = 'yesterday'))).toEqual([
      'version: version is a date, e.g. 2026.11.29',
    ]);
  });

  it('a dangling next', () => {
    expect(
      errorsAfter((c) => (option(c, 'contract', 'stage', 'notSigned').next = 'kindd')),
    ).toEqual([
      'flow "contract", question "stage", option "notSigned": next "kindd" is not a question in this flow',
    ]);
  });

  it('a start that is not a question', () => {
    expect(
      errorsAfter((c) => {
        const flow = c.flows.find((f) => f.prompt === 'labour');
        if (flow) flow.start = 'nowhere';
      }),
    ).toEqual(['flow "labour": start "nowhere" is not a question in this flow']);
  });

  it('a loop', () => {
    expect(errorsAfter((c) => (option(c, 'contract', 'pressure', 'no').next = 'stage'))).toEqual([
      'flow "contract": the questions go round in a loop: stage → kind → amount → pressure → stage',
    ]);
  });

  it('a path that is too short', () => {
    expect(
      errorsAfter((c) => (option(c, 'payment', 'payee', 'official').next = 'safeAccount')),
    ).toEqual([
      'flow "payment": the path payee → safeAccount asks only 2 question(s); every path needs 3 to 6',
    ]);
  });

  it('a path that is too long', () => {
    expect(
      errorsAfter((c) => (option(c, 'contract', 'pressure', 'no').next = 'disputeWhen')),
    ).toEqual([
      'flow "contract": the path stage → signedWorry → kind → amount → pressure → disputeWhen → evidence asks 7 questions; every path needs 3 to 6',
    ]);
  });

  it('a question nobody can reach', () => {
    expect(
      errorsAfter((c) => {
        const stage = question(c, 'contract', 'stage');
        c.flows[0]?.questions.push({ ...structuredClone(stage), id: 'orphan' });
      }),
    ).toEqual(['flow "contract": question "orphan" can never be reached from the start']);
  });

  it('a path with no core service', () => {
    expect(errorsAfter((c) => (option(c, 'family', 'quarrelWish', 'talk').services = []))).toEqual([
      'flow "family": the answers topic/quarrel → quarrelWho/spouse → quarrelWish/talk suggest no core service',
    ]);
  });

  it('a question id used twice', () => {
    const errors = errorsAfter((c) => {
      const evidence = question(c, 'contract', 'evidence');
      evidence.id = 'amount';
    });
    expect(errors).toContain('flow "contract": question id "amount" is used twice');
  });

  it('an option id used twice in one question', () => {
    expect(errorsAfter((c) => (option(c, 'labour', 'employed', 'left').id = 'yes'))).toEqual([
      'flow "labour", question "employed": option id "yes" is used twice',
    ]);
  });

  it('a missing Chinese string', () => {
    expect(errorsAfter((c) => delete c.strings['zh-CN']['contract.q.stage'])).toEqual([
      'text "contract.q.stage" (flow "contract", question "stage") is missing in zh-CN',
    ]);
  });

  it('a missing English string', () => {
    expect(errorsAfter((c) => delete c.strings.en['tip.anti-fraud.2'])).toEqual([
      'text "tip.anti-fraud.2" (tip "anti-fraud") is missing in en',
    ]);
  });

  it('an unused string', () => {
    expect(errorsAfter((c) => (c.strings.en['contract.q.old'] = 'An old question'))).toEqual([
      'text "contract.q.old" in en is not used by anything',
    ]);
  });

  it('two flows for one prompt', () => {
    expect(
      errorsAfter((c) => {
        const property = c.flows.find((f) => f.prompt === 'property');
        if (property) property.prompt = 'contract';
      }),
    ).toEqual(['prompt "contract" has two flows', 'prompt "property" has no flow']);
  });

  it('an unknown tip', () => {
    expect(
      errorsAfter((c) => option(c, 'payment', 'hurry', 'yes').tips.push('no-such-tip')),
    ).toEqual(['flow "payment", question "hurry", option "yes": tip "no-such-tip" does not exist']);
  });

  it('an "X" service the catalogue does not declare', () => {
    expect(
      errorsAfter((c) =>
        option(c, 'family', 'topic', 'elder').services.push({
          id: 'x:elder-care-law',
          reasonKey: 'reason.lawyer.family',
        }),
      ),
    ).toEqual([
      'flow "family", question "topic", option "elder": service "x:elder-care-law" is not declared in services',
    ]);
  });

  it('a missing core service', () => {
    // Swapped for an "X" service, so there are still six and only the core check can notice.
    const errors = errorsAfter(
      (c) =>
        (c.services = c.services.map((s) =>
          s.id === 'forensic' ? { ...s, id: 'x:appraisal' } : s,
        )),
    );
    expect(errors).toContain('core service "forensic" is not declared in services');
    expect(errors).toContain(
      'flow "dispute", question "injuryHow", option "traffic": service "forensic" is not declared in services',
    );
  });

  it('an unknown legal-aid matter', () => {
    expect(
      errorsAfter((c) => (option(c, 'labour', 'issue', 'wages').legalAid = 'lottery')),
    ).toEqual([
      'flow "labour", question "issue", option "wages": legal-aid matter "lottery" does not exist',
    ]);
  });

  it('a legal-aid matter without the legal aid service', () => {
    expect(
      errorsAfter((c) => {
        const wages = option(c, 'labour', 'issue', 'wages');
        wages.services = wages.services.filter((s) => s.id !== 'legalAid');
      }),
    ).toEqual([
      'flow "labour", question "issue", option "wages": links legal-aid matter "labourPay" but does not suggest the legalAid service',
    ]);
  });

  it('a tip declared twice', () => {
    expect(
      errorsAfter((c) => {
        const first = c.tips[0];
        if (first) c.tips.push(structuredClone(first));
      }),
    ).toEqual(['tip "anti-fraud" is declared twice']);
  });
});
