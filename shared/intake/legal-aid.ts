import type { Catalogue, LegalAidMatter, TextKey, Tip } from '../catalogue/schema';

export type Hardship = 'yes' | 'no' | 'unsure';

export type PrescreenOutcome =
  'mayQualify' | 'noHardshipTest' | 'mayQualifyWithProof' | 'unlikelyButAsk';

export interface Prescreen {
  outcome: PrescreenOutcome;
  textKey: TextKey;
  sourceKey: TextKey;
  bringKeys: TextKey[];
}

/**
 * Legal Aid Law Art. 42: applicants with papers showing they belong to certain groups are not
 * checked for financial hardship. The screen's schema has no field for it, so the catalogue
 * carries it as tips with these ids: the groups (title = the question), what to bring (title =
 * the outcome), and a hint for residents who say money is hard (its items join what to bring, its
 * source the outcome's). A catalogue without them simply skips the question or the hint.
 */
export const PROOF_GROUPS_TIP_ID = 'legal-aid-proof-groups';
export const PROOF_BRING_TIP_ID = 'legal-aid-proof-bring';
export const PROOF_HINT_TIP_ID = 'legal-aid-proof-hint';

export interface ProofGroupsQuestion {
  questionKey: TextKey;
  groupKeys: TextKey[];
  sourceKey: TextKey;
}

/**
 * Asked only when an Art. 31 resident says paying a lawyer is not hard for them: someone in an
 * Art. 42 group may still qualify, so "no hardship" must not end at "unlikely".
 */
export function proofGroupsQuestion(
  catalogue: Catalogue,
  matter: LegalAidMatter,
  hardship: Hardship | null,
): ProofGroupsQuestion | null {
  if (matter.article !== 31 || hardship !== 'no') return null;
  const groups = findTip(catalogue, PROOF_GROUPS_TIP_ID);
  const bring = findTip(catalogue, PROOF_BRING_TIP_ID);
  if (!groups?.sourceKey || !bring?.sourceKey) return null;
  return {
    questionKey: groups.titleKey,
    groupKeys: [...groups.itemKeys],
    sourceKey: groups.sourceKey,
  };
}

/**
 * The legal-aid pre-screen (法律援助法). It never decides: every outcome is shown with the
 * catalogue's "the legal aid centre decides" text, and even "unlikely" sends the resident to ask.
 * - Art. 32 matters have no financial-hardship test: the hardship answer is ignored.
 * - Art. 31 matters: 'yes' or 'unsure' may qualify; null (not answered) is treated as unsure, so
 *   a resident who skips the question is never turned away. They are told too that proof of
 *   belonging to an Art. 42 group spares them the household finances check.
 * - Art. 31 and 'no': if the resident is in an Art. 42 group (`inProofGroup`), they may still
 *   qualify with proof of who they are; otherwise (or not yet answered) "unlikely, but ask".
 */
export function prescreen(
  catalogue: Catalogue,
  matter: LegalAidMatter,
  hardship: Hardship | null,
  inProofGroup: boolean | null = null,
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
    const proof = findTip(catalogue, PROOF_BRING_TIP_ID);
    if (
      inProofGroup === true &&
      proofGroupsQuestion(catalogue, matter, hardship) &&
      proof?.sourceKey
    ) {
      return {
        outcome: 'mayQualifyWithProof',
        textKey: proof.titleKey,
        sourceKey: proof.sourceKey,
        bringKeys: [...proof.itemKeys, ...bringKeys],
      };
    }
    return {
      outcome: 'unlikelyButAsk',
      textKey: screen.unlikelyKey,
      sourceKey: screen.sourceArt31Key,
      bringKeys,
    };
  }
  const hint = findTip(catalogue, PROOF_HINT_TIP_ID);
  return {
    outcome: 'mayQualify',
    textKey: screen.mayQualifyKey,
    sourceKey: hint?.sourceKey ?? screen.sourceArt31Key,
    bringKeys: hint?.sourceKey ? [...bringKeys, ...hint.itemKeys] : bringKeys,
  };
}

function findTip(catalogue: Catalogue, id: string): Tip | undefined {
  return catalogue.tips.find((t) => t.id === id);
}
