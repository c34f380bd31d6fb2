import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/default';
import type { Catalogue, Question } from '../catalogue/schema';
import { answerQuestion, startFlow, type FlowState } from './flow';
import type { PromptKey } from '../catalogue/ids';
import { allPaths } from './all-paths';
import { recommend } from './recommend';

function walk(catalogue: Catalogue, prompt: PromptKey, ...optionIds: string[]): FlowState {
  return optionIds.reduce((s, id) => answerQuestion(catalogue, s, id), startFlow(prompt));
}

function question(catalogue: Catalogue, prompt: PromptKey, id: string): Question {
  const q = catalogue.flows.find((f) => f.prompt === prompt)?.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${prompt}/${id}`);
  return q;
}

function option(catalogue: Catalogue, prompt: PromptKey, questionId: string, optionId: string) {
  const o = question(catalogue, prompt, questionId).options.find((x) => x.id === optionId);
  if (!o) throw new Error(`no option ${optionId}`);
  return o;
}

describe('services', () => {
  it('lists each service once, keeping the reason of the answer that first suggested it', () => {
    const state = walk(defaultCatalogue, 'contract', 'notSigned', 'home', 'large', 'yes');
    const { services } = recommend(defaultCatalogue, state);
    expect(services).toEqual([{ id: 'lawyer', reasonKey: 'reason.lawyer.readBeforeSigning' }]);
  });

  it('keeps the order in which services were first suggested', () => {
    const state = walk(defaultCatalogue, 'dispute', 'debt', 'yes', 'recent', 'talk');
    expect(recommend(defaultCatalogue, state).services.map((s) => s.id)).toEqual([
      'lawyer',
      'mediation',
    ]);
    const other = walk(defaultCatalogue, 'dispute', 'neighbours', 'long', 'advice');
    expect(recommend(defaultCatalogue, other).services.map((s) => s.id)).toEqual([
      'mediation',
      'lawyer',
    ]);
  });

  it('suggests at least one service at the end of every path of every flow', () => {
    for (const flow of defaultCatalogue.flows) {
      for (const path of allPaths(defaultCatalogue, flow.prompt)) {
        expect(recommend(defaultCatalogue, path).services.length).toBeGreaterThan(0);
      }
    }
  });

  it('never suggests mediation to someone who told us about domestic violence', () => {
    const paths = allPaths(defaultCatalogue, 'family').filter(
      (p) => p.answers[0]?.optionId === 'violence',
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(recommend(defaultCatalogue, path).services.map((s) => s.id)).not.toContain(
        'mediation',
      );
    }
  });

  describe('"X" services', () => {
    const x = 'x:elder-care-law';
    const catalogue = structuredClone(defaultCatalogue);
    catalogue.services.push({
      id: x,
      nameKey: 'service.lawyer.name',
      teamKey: 'service.lawyer.team',
      summaryKey: 'service.lawyer.summary',
    });
    option(catalogue, 'family', 'topic', 'elder').services.push({
      id: x,
      reasonKey: 'reason.lawyer.family',
    });
    const state = walk(catalogue, 'family', 'elder', 'planning', 'money');

    it('are left out when the site does not say what it offers', () => {
      expect(recommend(catalogue, state).services.map((s) => s.id)).toEqual(['notary', 'lawyer']);
    });

    it('are left out when the site offers other ones', () => {
      const ids = recommend(catalogue, state, { xServices: ['x:other'] }).services.map((s) => s.id);
      expect(ids).not.toContain(x);
    });

    it('appear, in answer order, when the site offers them', () => {
      const ids = recommend(catalogue, state, { xServices: [x] }).services.map((s) => s.id);
      expect(ids).toEqual([x, 'notary', 'lawyer']);
    });
  });
});

describe('tips', () => {
  it('are the catalogue tips, each once, in the order first suggested', () => {
    const state = walk(defaultCatalogue, 'payment', 'stranger', 'invest', 'yes', 'yes');
    const { tips } = recommend(defaultCatalogue, state);
    expect(tips.map((t) => t.id)).toEqual(['anti-fraud']);
    expect(tips[0]).toBe(defaultCatalogue.tips.find((t) => t.id === 'anti-fraud'));
  });

  it('include the time-limit tip for an old dispute and none for a recent neighbour quarrel', () => {
    const old = walk(defaultCatalogue, 'dispute', 'neighbours', 'long', 'advice');
    expect(recommend(defaultCatalogue, old).tips.map((t) => t.id)).toEqual(['limitation']);
    const recent = walk(defaultCatalogue, 'dispute', 'neighbours', 'recent', 'advice');
    expect(recommend(defaultCatalogue, recent).tips).toEqual([]);
  });
});

describe('legal aid', () => {
  it('names the Art. 31 matter for unpaid pay', () => {
    const state = walk(defaultCatalogue, 'labour', 'wages', 'left', 'some', 'arbitration');
    expect(recommend(defaultCatalogue, state).legalAid).toMatchObject({
      id: 'labourPay',
      article: 31,
    });
  });

  it('names the Art. 32 matter for domestic violence', () => {
    const state = walk(defaultCatalogue, 'family', 'violence', 'safe', 'me', 'order');
    expect(recommend(defaultCatalogue, state).legalAid).toMatchObject({
      id: 'abuseVictim',
      article: 32,
    });
  });

  it('is null when no answer names a matter', () => {
    const state = walk(defaultCatalogue, 'contract', 'notSigned', 'rental', 'small', 'no');
    expect(recommend(defaultCatalogue, state).legalAid).toBeNull();
  });

  it('prefers an Art. 32 matter over an Art. 31 one named earlier', () => {
    const catalogue = structuredClone(defaultCatalogue);
    option(catalogue, 'family', 'topic', 'violence').legalAid = 'supportPayments';
    option(catalogue, 'family', 'safeNow', 'safe').legalAid = 'abuseVictim';
    const state = walk(catalogue, 'family', 'violence', 'safe', 'me', 'order');
    expect(recommend(catalogue, state).legalAid?.id).toBe('abuseVictim');
  });
});

describe('sensitive information', () => {
  it('collects every kind the answers reveal, each once', () => {
    const state = walk(defaultCatalogue, 'family', 'violence', 'unsafe', 'child', 'order');
    expect(recommend(defaultCatalogue, state).sensitive).toEqual(['domesticViolence', 'minor']);
  });

  it('marks a work injury as health information', () => {
    const state = walk(defaultCatalogue, 'labour', 'injury', 'yes', 'denies', 'arbitration');
    expect(recommend(defaultCatalogue, state).sensitive).toEqual(['health']);
  });

  it('marks children under 18 in a divorce', () => {
    const state = walk(defaultCatalogue, 'family', 'divorce', 'both', 'yes', 'agreed');
    expect(recommend(defaultCatalogue, state).sensitive).toEqual(['minor']);
  });

  it('is empty for a contract question', () => {
    for (const path of allPaths(defaultCatalogue, 'contract')) {
      expect(recommend(defaultCatalogue, path).sensitive).toEqual([]);
    }
  });
});

it('works on a half-answered flow', () => {
  const state = walk(defaultCatalogue, 'labour', 'noContract');
  expect(recommend(defaultCatalogue, state)).toMatchObject({
    services: [{ id: 'lawyer' }, { id: 'legalAid' }],
    legalAid: { id: 'labourPay' },
  });
});
