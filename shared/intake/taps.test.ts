import { describe, expect, it } from 'vitest';
import { defaultCatalogue as catalogue } from '../catalogue/default';
import { allPaths } from './all-paths';
import type { FlowState } from './flow';
import { recommend } from './recommend';
import { MAX_TAPS_TO_TICKET, shortestWayToTicket, wayToTicket } from './taps';

/** A complete way through some prompt whose answers do, or do not, reveal sensitive information. */
function somePath(revealsSensitive: boolean): FlowState {
  const path = catalogue.flows
    .flatMap(({ prompt }) => allPaths(catalogue, prompt))
    .find((p) => recommend(catalogue, p).sensitive.length > 0 === revealsSensitive);
  if (!path)
    throw new Error(`no path that ${revealsSensitive ? 'reveals' : 'hides'} sensitive kinds`);
  return path;
}

describe('taps from Home to a ticket', () => {
  it(`are at most ${MAX_TAPS_TO_TICKET} on every prompt's shortest way`, () => {
    // Walks every flow of the built-in catalogue: a question added later is counted here too.
    const counts = catalogue.flows.map(({ prompt }) => {
      const way = shortestWayToTicket(catalogue, prompt);
      return {
        prompt,
        taps: way.taps,
        declining: way.tapsDeclining,
        answers: way.path.answers.map((a) => a.optionId).join(' → '),
      };
    });
    console.info(
      counts
        .map((c) => `${c.prompt}: ${c.taps} taps (${c.declining} declining consent): ${c.answers}`)
        .join('\n'),
    );
    expect(counts.filter((c) => c.taps > MAX_TAPS_TO_TICKET)).toEqual([]);
    expect(counts.map((c) => c.prompt)).toEqual(catalogue.flows.map((f) => f.prompt));
  });

  it('count the tile, one per answer, take a ticket, consent and the contact screen', () => {
    const path = somePath(false);
    expect(wayToTicket(catalogue, path)).toMatchObject({
      taps: 1 + path.answers.length + 1 + 1 + 1,
      tapsDeclining: 1 + path.answers.length + 1 + 1,
    });
  });

  it('add one where the answers reveal sensitive information (its own consent screen)', () => {
    const path = somePath(true);
    expect(wayToTicket(catalogue, path)).toMatchObject({
      taps: 1 + path.answers.length + 1 + 2 + 1,
      // Declining ends at the consent screen: the sensitive question is never asked.
      tapsDeclining: 1 + path.answers.length + 1 + 1,
    });
  });

  it('pick the way with the fewest taps, a longer one when it avoids a screen', () => {
    for (const { prompt } of catalogue.flows) {
      const shortest = shortestWayToTicket(catalogue, prompt);
      for (const path of allPaths(catalogue, prompt))
        expect(wayToTicket(catalogue, path).taps).toBeGreaterThanOrEqual(shortest.taps);
    }
  });
});
