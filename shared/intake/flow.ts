import type { PromptKey } from '../catalogue/ids';
import type { AnswerOption, Catalogue, Flow, Question } from '../catalogue/schema';
import type { Answer } from '../records/intake';

/** Where a resident is in one prompt's questions: the prompt and the answers so far, in order. */
export interface FlowState {
  prompt: PromptKey;
  answers: Answer[];
}

/** A question with the option the resident chose for it. */
export interface ChosenAnswer {
  question: Question;
  option: AnswerOption;
}

export function startFlow(prompt: PromptKey): FlowState {
  return { prompt, answers: [] };
}

export function flowFor(catalogue: Catalogue, prompt: PromptKey): Flow {
  const flow = catalogue.flows.find((f) => f.prompt === prompt);
  if (!flow) throw new Error(`the catalogue has no flow for prompt "${prompt}"`);
  return flow;
}

/**
 * Replay the answers from the first question. Throws when they do not follow this catalogue's
 * questions (a new catalogue is applied only at the idle reset, so this means a bug).
 */
export function replay(
  catalogue: Catalogue,
  state: FlowState,
): { chosen: ChosenAnswer[]; current: Question | null } {
  const flow = flowFor(catalogue, state.prompt);
  const chosen: ChosenAnswer[] = [];
  let current: Question | null = questionById(flow, flow.start);
  for (const answer of state.answers) {
    if (!current || current.id !== answer.questionId) {
      throw new Error(`answer to "${answer.questionId}" does not follow flow "${flow.prompt}"`);
    }
    const option: AnswerOption | undefined = current.options.find((o) => o.id === answer.optionId);
    if (!option)
      throw new Error(`"${answer.optionId}" is not an option of question "${current.id}"`);
    chosen.push({ question: current, option });
    current = option.next === undefined ? null : questionById(flow, option.next);
  }
  return { chosen, current };
}

/** The question to show now, or null when the questions are done. */
export function currentQuestion(catalogue: Catalogue, state: FlowState): Question | null {
  return replay(catalogue, state).current;
}

export function isComplete(catalogue: Catalogue, state: FlowState): boolean {
  return currentQuestion(catalogue, state) === null;
}

/** Answer the current question. Throws if the option belongs to another question or none is left. */
export function answerQuestion(
  catalogue: Catalogue,
  state: FlowState,
  optionId: string,
): FlowState {
  const question = currentQuestion(catalogue, state);
  if (!question) throw new Error(`flow "${state.prompt}" has no question left to answer`);
  if (!question.options.some((o) => o.id === optionId)) {
    throw new Error(`"${optionId}" is not an option of question "${question.id}"`);
  }
  return {
    prompt: state.prompt,
    answers: [...state.answers, { questionId: question.id, optionId }],
  };
}

/** Undo the last answer, which brings its question back. At the first question, nothing changes. */
export function goBack(state: FlowState): FlowState {
  return { prompt: state.prompt, answers: state.answers.slice(0, -1) };
}

/**
 * For the step indicator ("question 2 of 5"). `step` is the question on screen (1-based) and
 * `total` is the answers so far plus the LONGEST path still possible from here. Counting the
 * longest path means the total can only stay or shrink as the resident answers (a shorter branch
 * makes it drop: "nearly done"), never grow, so the indicator never seems to move backwards. When
 * the questions are done, step and total both equal the number of answers.
 */
export function stepInfo(catalogue: Catalogue, state: FlowState): { step: number; total: number } {
  const flow = flowFor(catalogue, state.prompt);
  const { current } = replay(catalogue, state);
  const answered = state.answers.length;
  if (!current) return { step: answered, total: answered };
  return { step: answered + 1, total: answered + longestFrom(flow, current, new Map()) };
}

function longestFrom(flow: Flow, question: Question, memo: Map<string, number>): number {
  const known = memo.get(question.id);
  if (known !== undefined) return known;
  let rest = 0;
  for (const o of question.options) {
    const next = o.next === undefined ? null : questionById(flow, o.next);
    if (next) rest = Math.max(rest, longestFrom(flow, next, memo));
  }
  memo.set(question.id, rest + 1);
  return rest + 1;
}

function questionById(flow: Flow, id: string): Question {
  const q = flow.questions.find((x) => x.id === id);
  if (!q) throw new Error(`flow "${flow.prompt}" has no question "${id}"`);
  return q;
}
