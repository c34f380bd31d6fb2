import type { PromptKey } from '../catalogue/ids';
import type { Catalogue } from '../catalogue/schema';
import { allPaths } from './all-paths';
import type { FlowState } from './flow';
import { recommend } from './recommend';

/** Issue 14: a first-time resident reaches a ticket from Home in at most this many taps. */
export const MAX_TAPS_TO_TICKET = 8;

/** One way from Home to a ticket, and the taps it takes. */
export interface WayToTicket {
  /** The answers, in order. */
  path: FlowState;
  /** Taps with consent given and the contact screen left empty (the kiosk's usual way). */
  taps: number;
  /** Taps when consent is declined: the ticket comes straight after, with nothing personal kept. */
  tapsDeclining: number;
}

/**
 * Counts the taps from Home to a ticket along one complete way through a prompt's questions,
 * screen by screen as renderer/features/intake draws them:
 *
 *   Home                  the prompt's tile                                           1
 *   questions             one answer per question moves on                            1 each
 *   result                "取号" (the legal-aid pre-screen on it is optional)          1
 *   consent               "同意"                                                       1
 *   sensitive consent     "保存"/"不保存", only when the answers reveal sensitive kinds 1
 *   contact               every field is optional: "取号" saves and shows the ticket    1
 *
 * Declining consent ends the journey at the consent screen. tests/e2e/kiosk-taps.e2e.test.ts taps
 * these ways in Chromium and checks the count against the real screens.
 */
export function wayToTicket(catalogue: Catalogue, path: FlowState): WayToTicket {
  const sensitive = recommend(catalogue, path).sensitive.length > 0;
  const toConsent = 1 + path.answers.length + 1;
  return {
    path,
    taps: toConsent + 1 + (sensitive ? 1 : 0) + 1,
    tapsDeclining: toConsent + 1,
  };
}

/** The way through a prompt's questions that reaches a ticket in the fewest taps (the first of equals). */
export function shortestWayToTicket(catalogue: Catalogue, prompt: PromptKey): WayToTicket {
  const ways = allPaths(catalogue, prompt).map((path) => wayToTicket(catalogue, path));
  const shortest = ways.reduce<WayToTicket | undefined>(
    (best, way) => (best === undefined || way.taps < best.taps ? way : best),
    undefined,
  );
  if (!shortest) throw new Error(`prompt "${prompt}" has no way through its questions`);
  return shortest;
}
