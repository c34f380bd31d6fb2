import type { PromptKey } from '../catalogue/ids';
import type { Catalogue } from '../catalogue/schema';
import { answerQuestion, currentQuestion, startFlow, type FlowState } from './flow';

/**
 * Every complete way through a prompt's questions, walked with the same functions the kiosk uses.
 * For tests and content checks; the number of paths is small (a few hundred at most) because
 * every path is at most six questions long.
 */
export function allPaths(catalogue: Catalogue, prompt: PromptKey): FlowState[] {
  const done: FlowState[] = [];
  const walk = (state: FlowState): void => {
    const question = currentQuestion(catalogue, state);
    if (!question) {
      done.push(state);
      return;
    }
    for (const option of question.options) walk(answerQuestion(catalogue, state, option.id));
  };
  walk(startFlow(prompt));
  return done;
}
