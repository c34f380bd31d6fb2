import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { CaseDetail } from '../../../shared/console/views';
import type { PromptKey } from '../../../shared/catalogue/ids';
import { Loading } from '../../ui/States';

/**
 * The built-in catalogue, fetched only when a case page needs it (it is most of a kiosk's
 * content; the console's first screens do without it). Its text joins i18next's `catalogue`
 * namespace in both languages.
 */
const catalogueQuery = {
  queryKey: ['catalogue'] as const,
  queryFn: async () => {
    const [{ defaultCatalogue }, { answersSummary }] = await Promise.all([
      import('../../../shared/catalogue/default'),
      import('../../../shared/intake/summary'),
    ]);
    return { catalogue: defaultCatalogue, answersSummary };
  },
  staleTime: Infinity,
};

/** The prompt and each question with the resident's answer, in plain words (answersSummary). */
export function Answers({ intake }: { intake: NonNullable<CaseDetail['intake']> }) {
  const { t, i18n } = useTranslation();
  const loaded = useQuery(catalogueQuery);
  if (!loaded.data) return <Loading />;
  const { catalogue, answersSummary } = loaded.data;
  const strings = catalogue.strings[i18n.language === 'en' ? 'en' : 'zh-CN'];
  const summary = answersSummary(
    catalogue,
    { prompt: intake.prompt as PromptKey, answers: intake.answers },
    (key) => strings[key] ?? key,
  );
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">{t('case.prompt')}</h2>
      <p className="prompt" data-testid="case-prompt">
        {summary.title}
      </p>
      {summary.pairs.length > 0 && (
        <>
          <h3>{t('case.answers')}</h3>
          <dl className="qa" data-testid="case-answers">
            {summary.pairs.map((pair, i) => (
              <div key={i}>
                <dt>{pair.question}</dt>
                <dd>{pair.answer}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {summary.unknown > 0 && (
        <p className="hint">{t('case.answersUnknown', { count: summary.unknown })}</p>
      )}
    </section>
  );
}
