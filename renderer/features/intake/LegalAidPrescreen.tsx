import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalAidMatter } from '../../../shared/catalogue/schema';
import { useCatalogue } from '../../app/kiosk-context';
import { useCatalogueText } from '../../i18n/use-catalogue-text';
import { prescreen, proofGroupsQuestion } from '../../../shared/intake/legal-aid';
import { useSession, type Hardship } from '../session/session-store';
import { BigButton } from '../../ui/BigButton';
import { YesNo } from '../../ui/YesNo';

const HARDSHIP_CHOICES: Hardship[] = ['yes', 'unsure', 'no'];

/**
 * A pre-screen for matters the Legal Aid Law lists. It can only say "you may qualify": the legal
 * aid centre decides. Art. 32 matters have no financial-hardship test, so that question is skipped.
 * An Art. 31 resident who says "no hardship" is asked whether they are in an Art. 42 group (no
 * hardship check with proof). That answer is guidance only and is not kept in the record.
 */
export function LegalAidPrescreen({ matter }: { matter: LegalAidMatter }) {
  const { t } = useTranslation();
  const ct = useCatalogueText();
  const catalogue = useCatalogue();
  const hardship = useSession((s) => s.hardship);
  const setHardship = useSession((s) => s.setHardship);
  const [inProofGroup, setInProofGroup] = useState<boolean | null>(null);
  const asksHardship = matter.article === 31;
  const proofGroups = proofGroupsQuestion(catalogue, matter, asksHardship ? hardship : null);
  const answered =
    (!asksHardship || hardship !== null) && (proofGroups === null || inProofGroup !== null);
  const outcome = answered
    ? prescreen(catalogue, matter, asksHardship ? hardship : null, inProofGroup)
    : null;
  const chooseHardship = (choice: Hardship) => {
    setInProofGroup(null);
    setHardship(choice);
  };

  return (
    <section className="card legal-aid" aria-labelledby="legal-aid-title" data-testid="legal-aid">
      <h2 id="legal-aid-title">{t('legalAid.title')}</h2>
      <p>{ct(matter.labelKey)}</p>
      {asksHardship && (
        <div role="group" aria-labelledby="hardship-q">
          <p id="hardship-q">{ct(catalogue.legalAid.hardshipQuestionKey)}</p>
          <div className="options options--row">
            {HARDSHIP_CHOICES.map((choice) => (
              <BigButton
                key={choice}
                pressed={hardship === choice}
                onClick={() => chooseHardship(choice)}
                data-testid={`hardship-${choice}`}
              >
                {t(`legalAid.hardship.${choice}`)}
              </BigButton>
            ))}
          </div>
        </div>
      )}
      {proofGroups && (
        <div role="group" aria-labelledby="proof-groups-q" data-testid="proof-groups">
          <p id="proof-groups-q">{ct(proofGroups.questionKey)}</p>
          <ul className="checklist">
            {proofGroups.groupKeys.map((key) => (
              <li key={key}>{ct(key)}</li>
            ))}
          </ul>
          <p className="card__source">
            {t('result.source')}
            {ct(proofGroups.sourceKey)}
          </p>
          <YesNo
            answer={inProofGroup}
            onAnswer={setInProofGroup}
            yes={t('legalAid.proofGroup.yes')}
            no={t('legalAid.proofGroup.no')}
            testId="proof-group"
          />
        </div>
      )}
      {outcome && (
        <div className="legal-aid__outcome" data-testid="legal-aid-outcome" aria-live="polite">
          <p className="legal-aid__verdict">{ct(outcome.textKey)}</p>
          <p>{ct(catalogue.legalAid.decidesKey)}</p>
          <h3>{t('legalAid.bring')}</h3>
          <ul className="checklist">
            {outcome.bringKeys.map((key) => (
              <li key={key}>{ct(key)}</li>
            ))}
          </ul>
          <p className="card__source">
            {t('result.source')}
            {ct(outcome.sourceKey)}
          </p>
        </div>
      )}
    </section>
  );
}
