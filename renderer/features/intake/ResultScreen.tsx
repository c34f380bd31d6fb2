import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../app/kiosk-context';
import { useSession } from '../session/session-store';
import { recommend } from '../../../shared/intake/recommend';
import { roomAlsoOffers, siteOffer } from '../../../shared/intake/room-offers';
import { useSiteView, useSiteViewRead } from '../../content/use-site-view';
import { BigButton } from '../../ui/BigButton';
import { ActionBar } from '../../ui/ActionBar';
import { ServiceCard } from './ServiceCard';
import { TipCard } from './TipCard';
import { LegalAidPrescreen } from './LegalAidPrescreen';
import { RoomOffers } from './RoomOffers';
import { TypicalCaseReading } from './TypicalCaseReading';

/**
 * What we can do for you: the services that fit (the room's own X services among them where the
 * answers point to one), the room's other X services, tips, and the legal-aid pre-screen.
 */
export function ResultScreen() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const flow = useSession((s) => s.flow);
  const back = useSession((s) => s.back);
  const reset = useSession((s) => s.reset);
  const goTo = useSession((s) => s.goTo);
  const site = useSiteView();
  // Until the stored room is read, show no X services rather than flash the demo room's.
  const siteRead = useSiteViewRead();
  const result = useMemo(
    () => (flow ? recommend(catalogue, flow, siteOffer(site.xServices)) : null),
    [catalogue, flow, site],
  );
  const alsoOffers = useMemo(
    () => (result ? roomAlsoOffers(site.xServices, result.services, site.rota) : []),
    [result, site],
  );
  if (!result) return null;

  return (
    <div className="screen result-screen">
      <h1>{t('result.title')}</h1>
      <p className="screen__lead">{t('result.lead')}</p>
      <section aria-labelledby="services-title">
        <h2 id="services-title">{t('result.services')}</h2>
        <ul className="card-list" data-testid="services">
          {result.services.map((hint) => (
            <li key={hint.id}>
              <ServiceCard hint={hint} />
            </li>
          ))}
        </ul>
      </section>
      {siteRead && <RoomOffers offers={alsoOffers} />}
      {result.legalAid && <LegalAidPrescreen matter={result.legalAid} />}
      {result.tips.length > 0 && (
        <section aria-labelledby="tips-title">
          <h2 id="tips-title">{t('result.tips')}</h2>
          {result.tips.map((tip) => (
            <TipCard key={tip.id} tip={tip} />
          ))}
        </section>
      )}
      {flow && <TypicalCaseReading prompt={flow.prompt} />}
      <p className="disclaimer">{t('result.disclaimer')}</p>
      <ActionBar onBack={back} onStartOver={reset}>
        <BigButton variant="secondary" onClick={reset} data-testid="info-only">
          {t('result.infoOnly')}
        </BigButton>
        <BigButton variant="primary" onClick={() => goTo('consent')} data-testid="get-ticket">
          {t('result.getTicket')}
        </BigButton>
      </ActionBar>
    </div>
  );
}
