import { useTranslation } from 'react-i18next';
import { usePrefs } from '../accessibility/prefs-store';
import type { CaseView, TimelineEntry } from '../../../shared/cases/derive';
import { useTeamChoices } from './use-team-choices';
import { formatWhen } from './format';

/** The case's history, every event in the shared order, with who, when and on which device. */
export function Timeline({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const locale = usePrefs((s) => s.locale);
  const teams = useTeamChoices();
  const who = (entry: TimelineEntry) =>
    entry.event.actor.kind === 'team'
      ? teams.name(entry.event.actor.id)
      : t('desk.timeline.volunteer', { id: entry.event.actor.id });
  return (
    <section className="desk-panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('desk.timeline.title')}</h2>
      <ol className="desk-timeline" data-testid="timeline">
        {view.timeline.map((entry) => (
          <li key={entry.event.id} data-type={entry.event.type}>
            <span className="desk-timeline__when">{formatWhen(entry.event.createdAt, locale)}</span>{' '}
            <strong>{t(`desk.event.${entry.event.type}`)}</strong>
            {' · '}
            {who(entry)}
            {' · '}
            <span className="desk-card__meta">
              {t('desk.device', { device: entry.event.deviceId })}
            </span>
            {detail(entry) && <span className="desk-timeline__detail">{`: ${detail(entry)}`}</span>}
            {entry.ignored && (
              <span className="desk-timeline__ignored">
                {' '}
                ({t(`desk.ignored.${entry.ignored}`)})
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The words an event carries, if any (notes, team progress and results, the advice given). */
function detail({ event }: TimelineEntry): string | null {
  switch (event.type) {
    case 'note':
      return event.text;
    case 'teamProgress':
      return event.note;
    case 'teamResolved':
      return event.result;
    case 'teamHandedBack':
      return event.reason;
    case 'solvedOnSpot':
      return event.advice;
    default:
      return null;
  }
}
