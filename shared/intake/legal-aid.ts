import type { Catalogue, LegalAidMatter, TextKey } from '../catalogue/schema';

export type Hardship = 'yes' | 'no' | 'unsure';

export type PrescreenOutcome = 'mayQualify' | 'noHardshipTest' | 'unlikelyButAsk';

export interface Prescreen {
  outcome: PrescreenOutcome;
  textKey: TextKey;
  sourceKey: TextKey;
  bringKeys: TextKey[];
}

/**
 * The legal-aid pre-screen (法律援助法). It never decides: every outcome is shown with the
 * catalogue's "the legal aid centre decides" text, and even "unlikely" sends the resident to ask.
 * - Art. 32 matters have no financial-hardship test: the hardship answer is ignored.
 * - Art. 31 matters: 'yes' or 'unsure' may qualify; 'no' is "unlikely, but ask"; null (not
 *   answered) is treated as unsure, so a resident who skips the question is never turned away.
 */
export function prescreen(
  catalogue: Catalogue,
  matter: LegalAidMatter,
  hardship: Hardship | null,
): Prescreen {
  const screen = catalogue.legalAid;
  const bringKeys = [...screen.bringKeys];
  if (matter.article === 32) {
    return {
      outcome: 'noHardshipTest',
      textKey: screen.noHardshipTestKey,
      sourceKey: screen.sourceArt32Key,
      bringKeys,
    };
  }
  if (hardship === 'no') {
    return {
      outcome: 'unlikelyButAsk',
      textKey: screen.unlikelyKey,
      sourceKey: screen.sourceArt31Key,
      bringKeys,
    };
  }
  return {
    outcome: 'mayQualify',
    textKey: screen.mayQualifyKey,
    sourceKey: screen.sourceArt31Key,
    bringKeys,
  };
}
