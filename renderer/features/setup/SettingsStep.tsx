import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { BigButton } from '../../ui/BigButton';
import { HUB_KEYS } from '../../content/hub-content';
import type { ContentDb } from '../../db/content-db';
import type { RecordsDb } from '../../db/records-db';
import { Rota, SiteSettings } from '../../../shared/sync/content';
import { VolunteerRoster } from '../../../shared/desk/volunteers';
import { useSession } from '../session/session-store';
import { connectionProblem } from './hub-check';
import { syncNowOnce } from './setup-actions';
import { SiteCard } from './SiteCard';
import { clearSetupDraft } from './setup-draft';
import { StepActions } from './StepActions';

interface Received {
  site: SiteSettings | null;
  rotaEntries: number;
  xServices: number;
  /** Front-desk volunteers who can unlock desk mode here (0: nobody yet; the desk will say so). */
  volunteers: number;
}

type ReceiveState =
  { kind: 'busy' } | { kind: 'done'; received: Received } | { kind: 'failed'; problem: string };

/** One sync, then what arrived: the site, how many rota slots, X services and volunteers. */
async function receive(dbs: { records: RecordsDb; content: ContentDb }): Promise<ReceiveState> {
  const outcome = await syncNowOnce(dbs);
  if (!outcome.ok) return { kind: 'failed', problem: connectionProblem(outcome.code) };
  const [site, rota, roster] = await Promise.all([
    dbs.content.content.get(HUB_KEYS.site),
    dbs.content.content.get(HUB_KEYS.rota),
    dbs.content.content.get(HUB_KEYS.volunteers),
  ]);
  const rosterParsed = VolunteerRoster.safeParse(roster?.value);
  const siteParsed = SiteSettings.safeParse(site?.value);
  const rotaParsed = Rota.safeParse(rota?.value);
  return {
    kind: 'done',
    received: {
      site: siteParsed.success ? siteParsed.data : null,
      rotaEntries: rotaParsed.success ? rotaParsed.data.entries.length : 0,
      xServices: siteParsed.success ? siteParsed.data.xServices.length : 0,
      volunteers: rosterParsed.success ? rosterParsed.data.volunteers.length : 0,
    },
  };
}

/** Pull the site's settings once (room, rota, themes, X services) and finish on Home. */
export function SettingsStep() {
  const { t } = useTranslation();
  const { records, content } = useKiosk();
  const [state, setState] = useState<ReceiveState>({ kind: 'busy' });

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void receive({ records, content }).then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [records, content, attempt]);

  const retry = () => {
    setState({ kind: 'busy' });
    setAttempt((n) => n + 1);
  };

  // Home, in the wizard's language (prefs carry it). The typed code is spent: forget the draft.
  const finish = () => {
    useSession.getState().reset();
    void clearSetupDraft(content).catch(() => undefined);
  };

  return (
    <>
      {state.kind === 'busy' && <p role="status">{t('setup.settings.busy')}</p>}
      {state.kind === 'done' && (
        <div role="status" data-testid="settings-received">
          <p className="screen__lead setup-ok">{t('setup.settings.done')}</p>
          {state.received.site && <SiteCard site={state.received.site} />}
          <p>
            {t('setup.settings.counts', {
              rota: state.received.rotaEntries,
              xServices: state.received.xServices,
            })}
          </p>
          <p data-testid="settings-volunteers">
            {state.received.volunteers > 0
              ? t('setup.settings.volunteers', { count: state.received.volunteers })
              : t('setup.settings.noVolunteers')}
          </p>
        </div>
      )}
      {state.kind === 'failed' && (
        <>
          <p role="alert" className="error" data-testid="settings-error">
            {t(`setup.problem.${state.problem}`)} {t('setup.settings.later')}
          </p>
          <div className="actions">
            <BigButton onClick={retry}>{t('setup.retry')}</BigButton>
          </div>
        </>
      )}
      <StepActions
        nextDisabled={state.kind === 'busy'}
        onNext={finish}
        nextLabel={t('setup.finish')}
      />
    </>
  );
}
