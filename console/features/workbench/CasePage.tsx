import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { queries } from '../../api/queries';
import { ErrorRetry, Loading } from '../../ui/States';
import { formatTime, joinList, serviceName, streetName } from '../../ui/format';
import { z } from 'zod';
import { Answers } from './Answers';
import { History } from './History';
import { TeamActions } from './TeamActions';
import { WriteTypicalCase } from '../typical/WriteTypicalCase';
import type { CaseDetail } from '../../../shared/console/views';

/**
 * One case: what the team (or the office) needs to act on it. `team`: the workbench's page, with
 * the team's actions and the resident's contact (if they consented); `district`: the offices'.
 */
const CaseParams = z.object({ caseId: z.string() });

export function CasePage({ mode }: { mode: 'team' | 'district' }) {
  const { t } = useTranslation();
  const caseId = CaseParams.safeParse(useParams({ strict: false })).data?.caseId ?? '';
  const options = mode === 'team' ? queries.teamCase(caseId) : queries.case(caseId);
  const query = useQuery<CaseDetail>({ queryKey: [...options.queryKey], queryFn: options.queryFn });
  const back = mode === 'team' ? '/inbox' : '/cases';
  return (
    <>
      <p>
        <Link to={back}>{t('app.back')}</Link>
      </p>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorRetry error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <CaseBody detail={query.data} mode={mode} />
      )}
    </>
  );
}

function CaseBody({ detail, mode }: { detail: CaseDetail; mode: 'team' | 'district' }) {
  const { t, i18n } = useTranslation();
  const room =
    detail.roomName?.[i18n.language === 'en' ? 'en' : 'zh-CN'] ??
    streetName(i18n.language, detail.street);
  const reg = detail.registration;
  return (
    <article data-testid="case-page" data-case-id={detail.caseId}>
      <h1>
        {detail.ticket
          ? t('case.title', { ticket: `${detail.ticket.number} (${detail.ticket.day})` })
          : t('case.titleNoTicket')}
      </h1>
      <p
        className={detail.personalInfo === 'shown' ? 'note note--pi' : 'note'}
        data-testid="pi-note"
      >
        {detail.personalInfo === 'shown' ? t('case.piShown') : t('case.piWithheld')}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('case.status')}</dt>
          <dd data-testid="case-status">{t(`status.${detail.status}`)}</dd>
        </div>
        <div>
          <dt>{t('column.room')}</dt>
          <dd>{room}</dd>
        </div>
        <div>
          <dt>{t('column.opened')}</dt>
          <dd>{formatTime(i18n.language, detail.openedAt)}</dd>
        </div>
        {detail.source && (
          <div>
            <dt>{t('column.ticket')}</dt>
            <dd>{t(`case.source.${detail.source}`)}</dd>
          </div>
        )}
        {(detail.openDue ?? detail.dueDate) && (
          <div>
            <dt>{t('column.due')}</dt>
            <dd>
              {detail.openDue ?? detail.dueDate}
              {detail.overdue && <span className="flag flag--alert">{t('case.overdue')}</span>}
            </dd>
          </div>
        )}
        {detail.jointSession && (
          <div>
            <dt>{t('column.session')}</dt>
            <dd data-testid="case-session">
              {`${detail.jointSession.date} ${detail.jointSession.time ?? t('case.sessionTimeTbd')}`}
            </dd>
          </div>
        )}
      </dl>

      {mode === 'team' && <TeamActions detail={detail} />}
      {mode === 'district' && <WriteTypicalCase detail={detail} />}

      {detail.intake ? (
        detail.intake.answers.length > 0 || detail.personalInfo !== 'withheld' ? (
          <Answers intake={detail.intake} />
        ) : null
      ) : (
        <p className="hint">{t('case.noIntake')}</p>
      )}
      {detail.intake && detail.intake.services.length > 0 && (
        <section aria-labelledby="services-title">
          <h2 id="services-title">{t('case.servicesSuggested')}</h2>
          <p>
            {joinList(
              i18n.language,
              detail.intake.services.map((s) => serviceName(t, s)),
            )}
          </p>
        </section>
      )}
      {detail.intake?.legalAid && (
        <section aria-labelledby="legal-aid-title" data-testid="case-legal-aid">
          <h2 id="legal-aid-title">{t('case.legalAid')}</h2>
          <p>{t('case.legalAidArticle', { article: detail.intake.legalAid.article })}</p>
          {detail.intake.legalAid.hardship && (
            <p>
              {t('case.legalAidHardship', {
                answer: t(`case.hardship.${detail.intake.legalAid.hardship}`),
              })}
            </p>
          )}
          <p className="hint">{t('case.legalAidNote')}</p>
        </section>
      )}

      <section aria-labelledby="reg-title">
        <h2 id="reg-title">{t('case.registration')}</h2>
        {reg ? (
          <dl className="facts">
            {reg.matter !== null && (
              <div>
                <dt>{t('case.matter')}</dt>
                <dd data-testid="case-matter">{reg.matter}</dd>
              </div>
            )}
            <div>
              <dt>{t('case.category')}</dt>
              <dd>{serviceName(t, reg.category)}</dd>
            </div>
            <div>
              <dt>{t('case.urgency')}</dt>
              <dd>{t(`urgency.${reg.urgency}`)}</dd>
            </div>
            {reg.focusGroups.length > 0 && (
              <div>
                <dt>{t('case.focusGroups')}</dt>
                <dd>
                  {joinList(
                    i18n.language,
                    reg.focusGroups.map((g) => t(`focusGroup.${g}`)),
                  )}
                </dd>
              </div>
            )}
            {detail.homeVisit && (
              <div>
                <dt>{t('case.homeVisit')}</dt>
                <dd data-testid="case-home-visit">
                  {t('case.homeVisitBy', {
                    team: serviceName(t, detail.homeVisit.team),
                    date: detail.homeVisit.visitBy,
                    reason: t(`homeVisitReason.${detail.homeVisit.reason}`),
                  })}
                </dd>
              </div>
            )}
            {detail.personalInfo !== 'withheld' && (
              <div>
                <dt>{t('case.contact')}</dt>
                <dd data-testid="case-contact">
                  {reg.resident ? (
                    <>
                      {reg.resident.surname &&
                        t(`salutation.${reg.resident.salutation ?? 'none'}`, {
                          surname: reg.resident.surname,
                        })}
                      {reg.resident.phone && (
                        <>
                          {' '}
                          {t('case.phone')}:{' '}
                          <span data-testid="case-phone">{reg.resident.phone}</span>
                        </>
                      )}
                    </>
                  ) : mode === 'team' ? (
                    t('case.contactNone')
                  ) : (
                    t('case.contactHidden')
                  )}
                </dd>
              </div>
            )}
          </dl>
        ) : (
          <p>{t('case.notRegistered')}</p>
        )}
      </section>

      <section aria-labelledby="teams-title">
        <h2 id="teams-title">{t('case.teams')}</h2>
        <ul className="teams" data-testid="case-teams">
          {detail.teams.map((team) => (
            <li key={team.team}>
              <strong>{serviceName(t, team.team)}</strong>: {t(`stage.${team.stage}`)}
              {team.handedBack && <span className="flag">{t('flag.handedBack')}</span>}
              {team.result && <p>{t('case.result', { text: team.result })}</p>}
              {team.lastNote && !team.result && (
                <p>{t('case.lastNote', { text: team.lastNote })}</p>
              )}
            </li>
          ))}
        </ul>
        {detail.solvedOnSpot && <p>{t('case.solved')}</p>}
        {detail.reported && (
          <p>
            {t('case.reported', {
              how: t(`reportHow.${detail.reported.how}`),
              time: formatTime(i18n.language, detail.reported.at),
            })}
          </p>
        )}
        {detail.satisfaction && (
          <p>{t('case.satisfaction', { score: detail.satisfaction.score })}</p>
        )}
      </section>

      <History timeline={detail.timeline} />
    </article>
  );
}
