import type { TipSource } from './text';

/** Tip `id` with `count` items: keys follow `tip.<id>.title`, `tip.<id>.<n>`, `tip.<id>.source`. */
function tip(id: string, count: number, withSource: boolean): TipSource {
  const itemKeys = Array.from({ length: count }, (_, i) => `tip.${id}.${i + 1}`);
  return {
    id,
    titleKey: `tip.${id}.title`,
    itemKeys,
    ...(withSource ? { sourceKey: `tip.${id}.source` } : {}),
  };
}

/**
 * Checklists and plain statements of the law. Every statement of the law names its source; where
 * the exact rule has exceptions we have not verified, the tip says so and points to a volunteer.
 * Practical checklists (anti-fraud, what to bring) state no law and carry no source. Their text is
 * in `tips-checklists.ts` and `tips-law.ts`.
 */
export const tips: TipSource[] = [
  tip('anti-fraud', 5, false),
  tip('home-fraud', 4, false),
  tip('contract-signing', 5, false),
  tip('limitation', 4, true),
  tip('property-registration', 4, true),
  tip('divorce-cooling-off', 3, true),
  tip('support-payments', 4, true),
  tip('domestic-violence', 4, true),
  tip('will-forms', 8, true),
  tip('statutory-heirs', 6, true),
  tip('notary-documents', 3, false),
  tip('double-wages', 3, true),
  tip('labour-arbitration', 4, true),
  tip('work-injury', 5, true),
  tip('injury', 5, true),
  // Legal Aid Law Art. 42, shown by the legal-aid pre-screen (shared/intake/legal-aid.ts), not by
  // answers: who need not prove hardship, and what to bring instead.
  tip('legal-aid-proof-groups', 4, true),
  tip('legal-aid-proof-bring', 2, true),
];
