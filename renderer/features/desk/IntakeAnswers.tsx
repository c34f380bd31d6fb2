import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { useCatalogueText } from '../../i18n/use-catalogue-text';
import { answersSummary } from '../../../shared/intake/summary';
import type { Intake } from '../../../shared/records/intake';

/**
 * What the resident told the kiosk: the prompt, each question with the answer chosen, and the
 * services the kiosk suggested. The same on the queue card, the registration form and the case.
 */
export function IntakeAnswers({
  intake,
  teamName,
  testId,
}: {
  intake: Pick<Intake, 'prompt' | 'answers' | 'services'>;
  /** Team names are read once for a whole list, not once per card. */
  teamName: (id: string) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  const ct = useCatalogueText();
  const { catalogue } = useKiosk();
  const summary = answersSummary(catalogue, intake, ct);
  return (
    <>
      <p className="desk-card__title">{summary.title}</p>
      {summary.pairs.length > 0 && (
        <dl className="desk-card__answers" data-testid={testId}>
          {summary.pairs.map((pair, i) => (
            <div key={i} className="desk-qa">
              <dt>{pair.question}</dt>
              <dd>{pair.answer}</dd>
            </div>
          ))}
        </dl>
      )}
      {summary.unknown > 0 && (
        <p className="desk-card__meta">{t('desk.queue.olderAnswers', { n: summary.unknown })}</p>
      )}
      <p className="desk-card__meta" data-testid={`${testId}-services`}>
        {t('desk.queue.suggested', {
          services: intake.services.map(teamName).join(t('list.separator')),
        })}
      </p>
    </>
  );
}
