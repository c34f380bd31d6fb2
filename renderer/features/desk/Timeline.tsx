import { useTranslation } from 'react-i18next';
import type { CaseView, TimelineEntry } from '../../../shared/cases/derive';
import type { ServiceId } from '../../../shared/catalogue/ids';
import { useTeamChoices } from './use-team-choices';
import { useDeskDates } from './format';
import { useDeviceWords, useVolunteerName } from './names';

/** The case's history, every event in the shared order: when, what, who, and where if elsewhere. */
export function Timeline({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const dates = useDeskDates();
  const teams = useTeamChoices();
  const volunteerName = useVolunteerName();
  const deviceWords = useDeviceWords();
  const who = ({ event }: TimelineEntry) =>
    event.actor.kind === 'team'
      ? teams.name(event.actor.id)
      : event.actor.kind === 'office'
        ? t('desk.actor.office')
        : volunteerName(event.actor.id);
  return (
    <section className="desk-panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('desk.timeline.title')}</h2>
      <ol className="desk-timeline" data-testid="timeline">
        {view.timeline.map((entry) => {
          const where = deviceWords(entry.event.deviceId);
          const words = detail(entry, teams.name);
          return (
            <li key={entry.event.id} data-type={entry.event.type}>
              <span className="desk-timeline__when">{dates.when(entry.event.createdAt)}</span>{' '}
              <strong>{t(`desk.event.${entry.event.type}`)}</strong>
              {' · '}
              {who(entry)}
              {where && <span className="desk-card__meta">{` · ${where}`}</span>}
              {words && <span className="desk-timeline__detail">{`: ${words}`}</span>}
              {entry.ignored && (
                <span className="desk-timeline__ignored">
                  {' '}
                  ({t(`desk.ignored.${entry.ignored}`)})
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * The words an event carries, if any (notes, team progress and results, the advice given; the
 * middle office's new teams, due date or session time with its reason).
 */
function detail({ event }: TimelineEntry, teamName: (id: ServiceId) => string): string | null {
  switch (event.type) {
    case 'note':
      return event.text;
    case 'teamProgress':
      return event.note;
    case 'teamResolved':
      return event.result;
    case 'teamHandedBack':
      return event.reason;
    case 'rerouted':
      return `${event.teams.map(teamName).join(', ')} · ${event.dueDate} · ${event.reason}`;
    case 'dueDateSet':
      return `${event.dueDate} · ${event.reason}`;
    case 'officeNote':
      return event.text;
    case 'sessionScheduled':
      return `${event.date} ${event.time}`;
    case 'solvedOnSpot':
      return event.advice;
    default:
      return null;
  }
}
