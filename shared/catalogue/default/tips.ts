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
 * in `tips-checklists.ts` and the `tips-*.ts` file of each area of law.
 */
export const tips: TipSource[] = [
  tip('anti-fraud', 6, false),
  tip('already-paid', 4, false),
  tip('home-fraud', 4, false),
  tip('contract-signing', 5, false),
  tip('limitation', 6, true),
  tip('contract-cancel', 6, true),
  tip('property-registration', 4, true),
  tip('home-gift', 4, true),
  tip('right-of-residence', 4, true),
  tip('mediation', 3, true),
  tip('divorce-cooling-off', 3, true),
  tip('support-payments', 4, true),
  tip('domestic-violence', 4, true),
  tip('chosen-guardian', 4, true),
  tip('will-forms', 8, true),
  tip('statutory-heirs', 6, true),
  tip('estate-shares', 5, true),
  tip('inheritance-accept', 3, true),
  tip('notary-documents', 3, false),
  tip('notary-certificates', 1, false),
  tip('double-wages', 4, true),
  tip('labour-arbitration', 4, true),
  tip('work-injury', 7, true),
  tip('severance', 4, true),
  tip('injury', 5, true),
  tip('state-compensation', 3, true),
  // Legal Aid Law Arts. 38, 41 and 42, shown by the legal-aid pre-screen
  // (shared/intake/legal-aid.ts), not by answers: who need not prove hardship, and what to bring.
  tip('legal-aid-proof-groups', 4, true),
  tip('legal-aid-proof-bring', 2, true),
  tip('legal-aid-proof-hint', 1, true),
];
