import { useTranslation } from 'react-i18next';
import { formatTime, joinList, serviceName } from '../../ui/format';
import type { CaseDetail } from '../../../shared/console/views';

/** The whole history, oldest first: every event, who and when, with its words if one may see them. */
export function History({ timeline }: { timeline: CaseDetail['timeline'] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('case.history')}</h2>
      <ol className="history" data-testid="case-history">
        {timeline.map((entry) => {
          const who =
            entry.by ??
            (entry.actor.kind === 'team'
              ? serviceName(t, entry.actor.id)
              : t('case.volunteer', { id: entry.actor.id }));
          const extra = [
            entry.teams.length > 0
              ? joinList(
                  i18n.language,
                  entry.teams.map((s) => serviceName(t, s)),
                )
              : null,
            entry.dueDate ? t('event.routedDue', { date: entry.dueDate }) : null,
            entry.session ? t('event.routedSession', { session: entry.session }) : null,
            entry.score !== null ? `${entry.score}/5` : null,
          ].filter((x): x is string => x !== null);
          return (
            <li key={entry.id} data-type={entry.type}>
              <span className="history__when">{formatTime(i18n.language, entry.at)}</span>{' '}
              <strong>{t(`event.${entry.type}`)}</strong> · {who}
              {extra.length > 0 && <span> · {extra.join(' · ')}</span>}
              {entry.text !== null && <p className="history__text">{entry.text}</p>}
              {entry.ignored && <span className="hint"> ({t(`ignored.${entry.ignored}`)})</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
