import { useTranslation } from 'react-i18next';
import type { ErrorEntry } from './error-ring';
import { errorWords } from './error-words';
import { ErrorText } from './ErrorText';
import { formatTime } from './format';
import { usePrefs } from '../accessibility/prefs-store';

/** The last errors since start, newest first: where, what in words, when, and the code. */
export function RecentErrors({ errors }: { errors: readonly ErrorEntry[] }) {
  const { t } = useTranslation();
  const locale = usePrefs((s) => s.locale);
  return (
    <section className="tech-card" aria-labelledby="tech-errors">
      <h2 id="tech-errors">{t('technician.errors.title')}</h2>
      {errors.length === 0 ? (
        <p>{t('technician.errors.none')}</p>
      ) : (
        <ul className="tech-list" data-testid="tech-errors">
          {errors.slice(0, 10).map((e, i) => {
            const said = errorWords(e.code);
            return (
              <li key={`${e.at}-${i}`} data-testid="tech-error">
                {said.place && <strong>{t(`technician.errorPlace.${said.place}`)}: </strong>}
                <ErrorText words={said.words} code={e.code} />
                <span className="tech-when">{formatTime(e.at, locale)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
