import { describe, expect, it } from 'vitest';
import { defaultCatalogue as catalogue } from '../catalogue/default';
import { everyQuestion } from './all-paths';
import { answerQuestion, currentQuestion, startFlow } from './flow';

describe('everyQuestion', () => {
  it.each(catalogue.flows.map((f) => f.prompt))(
    '%s: lists each question once, and each route brings that question on screen',
    (prompt) => {
      const visits = everyQuestion(catalogue, prompt);
      const ids = visits.map((v) => v.questionId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(visits[0]?.route).toEqual([]);
      for (const { questionId, route } of visits) {
        const state = route.reduce(
          (s, option) => answerQuestion(catalogue, s, option),
          startFlow(prompt),
        );
        expect(currentQuestion(catalogue, state)?.id).toBe(questionId);
      }
    },
  );

  it('reaches every question the flows have (none is left unvisited by the layout suite)', () => {
    for (const flow of catalogue.flows)
      expect(
        everyQuestion(catalogue, flow.prompt)
          .map((v) => v.questionId)
          .sort(),
      ).toEqual(flow.questions.map((q) => q.id).sort());
  });
});
