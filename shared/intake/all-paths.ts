import type { PromptKey } from '../catalogue/ids';
import type { Catalogue } from '../catalogue/schema';
import {
  answerQuestion,
  currentQuestion,
  replay,
  startFlow,
  type ChosenAnswer,
  type FlowState,
} from './flow';
import { recommend, type Recommendation } from './recommend';

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

/** One complete path with the answers chosen and what the result screen shows for it. */
export interface WalkedPath {
  state: FlowState;
  chosen: ChosenAnswer[];
  result: Recommendation;
}

/**
 * Every complete path of every prompt with its result, so a content check can say "on every path
 * where the resident chose X, the result shows (or never shows) Y".
 */
export function allResults(catalogue: Catalogue): WalkedPath[] {
  return catalogue.flows.flatMap((flow) =>
    allPaths(catalogue, flow.prompt).map((state) => ({
      state,
      chosen: replay(catalogue, state).chosen,
      result: recommend(catalogue, state),
    })),
  );
}

/** Whether, in the `prompt` flow, the path answered `questionId` with one of `optionIds`. */
export function answered(
  path: WalkedPath,
  prompt: PromptKey,
  questionId: string,
  optionIds: readonly string[],
): boolean {
  return (
    path.state.prompt === prompt &&
    path.state.answers.some((a) => a.questionId === questionId && optionIds.includes(a.optionId))
  );
}

/** The ids of the tips the path's result shows, in order. */
export function tipIds(path: WalkedPath): string[] {
  return path.result.tips.map((t) => t.id);
}

/** The ids of the services the path's result suggests, in order. */
export function serviceIds(path: WalkedPath): string[] {
  return path.result.services.map((s) => s.id);
}

/** A question of a prompt's flow and answers, in order, that bring it on screen. */
export interface QuestionRoute {
  questionId: string;
  /** Option ids to choose from the first question on. */
  route: string[];
}

/**
 * Every question of a prompt's flow that a resident can reach, each once with the first route
 * found to it, depth first: one route differs from the one before it mostly at the end, so a
 * test that visits every screen goes Back a step or two between them instead of starting over.
 */
export function everyQuestion(catalogue: Catalogue, prompt: PromptKey): QuestionRoute[] {
  const reached: QuestionRoute[] = [];
  const seen = new Set<string>();
  const walk = (state: FlowState): void => {
    const question = currentQuestion(catalogue, state);
    if (!question || seen.has(question.id)) return;
    seen.add(question.id);
    reached.push({ questionId: question.id, route: state.answers.map((a) => a.optionId) });
    for (const option of question.options) walk(answerQuestion(catalogue, state, option.id));
  };
  walk(startFlow(prompt));
  return reached;
}
