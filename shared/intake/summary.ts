import type { Catalogue } from '../catalogue/schema';
import type { PromptKey } from '../catalogue/ids';
import type { Answer } from '../records/intake';

/** Translate a catalogue text key (the caller's i18next `t` for the `catalogue` namespace). */
export type CatalogueTranslate = (key: string) => string;

export interface QuestionAnswer {
  question: string;
  answer: string;
}

export interface AnswersSummary {
  /** The prompt's printed words, e.g. 合同签订来坐坐. */
  title: string;
  /** One question and its chosen answer per answer given, in order, e.g. 合同签了吗？ → 还没签，正准备签. */
  pairs: QuestionAnswer[];
  /** Answers this catalogue no longer knows (the intake was made with an older one). */
  unknown: number;
}

/**
 * What the resident said, for the desk and the teams: the prompt, then each question with the
 * answer chosen (a joined list of answers alone reads as nonsense). An intake may have been
 * made with an older catalogue, so answers are looked up one by one rather than replayed, and
 * ones that no longer exist are counted instead of failing the whole queue.
 */
export function answersSummary(
  catalogue: Catalogue,
  intake: { prompt: PromptKey; answers: readonly Answer[] },
  t: CatalogueTranslate,
): AnswersSummary {
  const flow = catalogue.flows.find((f) => f.prompt === intake.prompt);
  const pairs: QuestionAnswer[] = [];
  let unknown = 0;
  for (const answer of intake.answers) {
    const question = flow?.questions.find((q) => q.id === answer.questionId);
    const option = question?.options.find((o) => o.id === answer.optionId);
    if (question && option)
      pairs.push({ question: t(question.textKey), answer: t(option.labelKey) });
    else unknown += 1;
  }
  return { title: flow ? t(flow.titleKey) : intake.prompt, pairs, unknown };
}
