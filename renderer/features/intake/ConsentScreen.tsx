import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../app/kiosk-context';
import { useSession } from '../session/session-store';
import { recommend } from '../../../shared/intake/recommend';
import { RETENTION_MONTHS } from '../../../shared/records/consent-terms';
import { BigButton } from '../../ui/BigButton';
import { ActionBar } from '../../ui/ActionBar';
import { useSaveIntake } from './use-save-intake';
import { useViewStart } from '../../ui/use-view-start';

/**
 * PIPL consent: what is recorded, why, who sees it (the room's staff and, when the matter is passed
 * on, the team that takes it, named: Art. 23) and for how long. Sensitive information gets a
 * separate, explicit question (Art. 29). Declining still gives a ticket, with nothing personal kept.
 */
export function ConsentScreen() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const flow = useSession((s) => s.flow);
  const setConsent = useSession((s) => s.setConsent);
  const goTo = useSession((s) => s.goTo);
  const back = useSession((s) => s.back);
  const reset = useSession((s) => s.reset);
  const save = useSaveIntake();
  const saving = useSession((s) => s.saving);
  const saveError = useSession((s) => s.saveError);
  const sensitive = useMemo(
    () => (flow ? recommend(catalogue, flow).sensitive : []),
    [catalogue, flow],
  );
  const [askingSensitive, setAskingSensitive] = useState(false);
  const screenRef = useRef<HTMLDivElement>(null);
  useViewStart(screenRef, askingSensitive);

  const agree = () => {
    if (sensitive.length > 0) return setAskingSensitive(true);
    setConsent(true, null);
    goTo('contact');
  };
  const decline = () => {
    setConsent(false, null);
    void save({ consentGeneral: false, consentSensitive: null });
  };
  const answerSensitive = (keep: boolean) => {
    setConsent(true, keep);
    goTo('contact');
  };

  if (askingSensitive) {
    return (
      <div className="screen consent-screen" ref={screenRef}>
        <h1>{t('consent.sensitiveTitle')}</h1>
        <p>
          {t('consent.sensitiveBody', {
            kinds: sensitive.map((k) => t(`consent.kind.${k}`)).join(t('list.separator')),
          })}
        </p>
        <p>{t('consent.sensitiveWhy')}</p>
        <p>{t('consent.sensitiveNoEffect')}</p>
        <ActionBar onBack={() => setAskingSensitive(false)} onStartOver={reset}>
          <BigButton onClick={() => answerSensitive(false)} data-testid="sensitive-no">
            {t('consent.sensitiveNo')}
          </BigButton>
          <BigButton
            variant="primary"
            onClick={() => answerSensitive(true)}
            data-testid="sensitive-yes"
          >
            {t('consent.sensitiveYes')}
          </BigButton>
        </ActionBar>
      </div>
    );
  }

  return (
    <div className="screen consent-screen" ref={screenRef}>
      <h1>{t('consent.title')}</h1>
      <dl className="consent-facts">
        <dt>{t('consent.whatLabel')}</dt>
        <dd>{t('consent.what')}</dd>
        <dt>{t('consent.whyLabel')}</dt>
        <dd>{t('consent.why')}</dd>
        <dt>{t('consent.whoLabel')}</dt>
        <dd>{t('consent.who')}</dd>
        <dt>{t('consent.howLongLabel')}</dt>
        <dd>{t('consent.howLong', { months: RETENTION_MONTHS })}</dd>
        <dt>{t('consent.rightsLabel')}</dt>
        <dd>{t('consent.rights')}</dd>
      </dl>
      {saveError && (
        <p role="alert" className="error">
          {t(`save.error.${saveError}`)}
        </p>
      )}
      <ActionBar onBack={back} onStartOver={reset}>
        <BigButton onClick={decline} disabled={saving} data-testid="consent-decline">
          {t('consent.decline')}
        </BigButton>
        <BigButton variant="primary" onClick={agree} disabled={saving} data-testid="consent-agree">
          {t('consent.agree')}
        </BigButton>
      </ActionBar>
    </div>
  );
}
