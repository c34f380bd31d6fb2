import { describe, expect, it } from 'vitest';
import { PROMPT_KEYS } from '../catalogue/ids';
import { defaultCatalogue as catalogue } from '../catalogue/default';
import {
  answerQuestion,
  currentQuestion,
  goBack,
  isComplete,
  startFlow,
  stepInfo,
  type FlowState,
} from './flow';
import { allPaths } from './all-paths';

function answerAll(state: FlowState, ...optionIds: string[]): FlowState {
  return optionIds.reduce((s, id) => answerQuestion(catalogue, s, id), state);
}

describe('walking the seven flows', () => {
  it.each(PROMPT_KEYS)('every path of "%s" reaches the end after 3 to 6 questions', (prompt) => {
    const paths = allPaths(catalogue, prompt);
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      expect(path.answers.length).toBeGreaterThanOrEqual(3);
      expect(path.answers.length).toBeLessThanOrEqual(6);
      expect(isComplete(catalogue, path)).toBe(true);
      expect(currentQuestion(catalogue, path)).toBeNull();
      expect(stepInfo(catalogue, path)).toEqual({
        step: path.answers.length,
        total: path.answers.length,
      });
    }
  });

  it.each(PROMPT_KEYS)('on "%s" the step counts up by one and the total never grows', (prompt) => {
    for (const path of allPaths(catalogue, prompt)) {
      let state = startFlow(prompt);
      let before = stepInfo(catalogue, state);
      expect(before.step).toBe(1);
      for (const answer of path.answers) {
        state = answerQuestion(catalogue, state, answer.optionId);
        const after = stepInfo(catalogue, state);
        if (!isComplete(catalogue, state)) {
          expect(after.step).toBe(before.step + 1);
          expect(after.step).toBeLessThanOrEqual(after.total);
        }
        expect(after.total).toBeLessThanOrEqual(before.total);
        before = after;
      }
    }
  });

  it('branches: not signed, signed and in dispute lead to different follow-up questions', () => {
    const next = ['notSigned', 'signed', 'dispute'].map(
      (id) => currentQuestion(catalogue, answerAll(startFlow('contract'), id))?.id,
    );
    expect(next).toEqual(['kind', 'signedWorry', 'disputeWith']);
  });

  it('shows the total as the longest remaining path, shrinking on a shorter branch', () => {
    const start = startFlow('contract');
    // stage → signedWorry → kind → amount → pressure is the longest way through.
    expect(stepInfo(catalogue, start)).toEqual({ step: 1, total: 5 });
    expect(stepInfo(catalogue, answerAll(start, 'notSigned'))).toEqual({ step: 2, total: 4 });
    expect(stepInfo(catalogue, answerAll(start, 'signed'))).toEqual({ step: 2, total: 5 });
  });
});

describe('going back', () => {
  it('restores the previous question and forgets its answer', () => {
    const first = startFlow('dispute');
    const afterOne = answerAll(first, 'debt');
    expect(currentQuestion(catalogue, afterOne)?.id).toBe('debtProof');
    const back = goBack(afterOne);
    expect(back).toEqual(first);
    expect(currentQuestion(catalogue, back)?.id).toBe('with');
  });

  it('from the end, brings back the last question', () => {
    const done = answerAll(startFlow('payment'), 'family', 'other', 'no', 'no');
    expect(isComplete(catalogue, done)).toBe(true);
    expect(currentQuestion(catalogue, goBack(done))?.id).toBe('safeAccount');
  });

  it('at the first question changes nothing', () => {
    expect(goBack(startFlow('labour'))).toEqual(startFlow('labour'));
  });
});

describe('bad answers', () => {
  it('throws on an option that belongs to another question', () => {
    // "large" is an option of "amount", not of the first question "stage".
    expect(() => answerQuestion(catalogue, startFlow('contract'), 'large')).toThrow(
      /"large" is not an option of question "stage"/,
    );
  });

  it('throws on an option that does not exist', () => {
    expect(() => answerQuestion(catalogue, startFlow('family'), 'nope')).toThrow(/not an option/);
  });

  it('throws when the questions are already done', () => {
    const done = answerAll(startFlow('payment'), 'family', 'other', 'no', 'no');
    expect(() => answerQuestion(catalogue, done, 'no')).toThrow(/no question left/);
  });

  it('refuses answers that do not follow the flow', () => {
    const forged: FlowState = {
      prompt: 'contract',
      answers: [{ questionId: 'amount', optionId: 'large' }],
    };
    expect(() => currentQuestion(catalogue, forged)).toThrow(/does not follow flow "contract"/);
  });
});
