import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useSiteParam } from './use-site-param';
import { roomQueries } from '../../api/queries';
import { ErrorRetry, Loading } from '../../ui/States';
import { streetName } from '../../ui/format';
import { RoomDetails } from './RoomDetails';
import { XServices } from './XServices';
import { RotaGrid } from './RotaGrid';
import { ThemeForm } from './ThemeForm';
import { Volunteers } from './Volunteers';
import { Devices } from './Devices';
import { RetireRoom } from './RetireRoom';

/** One room: its settings, rota, theme, X services, volunteers, codes and kiosks. */
export function RoomPage() {
  const { t, i18n } = useTranslation();
  const siteId = useSiteParam();
  const room = useQuery(roomQueries.room(siteId));
  if (room.isPending) return <Loading />;
  if (room.error) return <ErrorRetry error={room.error} onRetry={() => void room.refetch()} />;
  const { settings, retiredAt } = room.data.room;
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const running = retiredAt === null;
  return (
    <div data-testid="room-page">
      <p>
        <Link to="/rooms">{t('rooms.back')}</Link>
      </p>
      <h1>{settings.roomName[locale]}</h1>
      <p>
        {streetName(i18n.language, settings.street)} · {settings.siteId}
        {running ? '' : ` · ${t('rooms.retired')}`}
      </p>
      {/* The forms keep their drafts across refetches (no remount), so a saved message stays. */}
      {running ? (
        <>
          <p>
            <Link
              to="/rooms/$siteId/notice"
              params={{ siteId }}
              className="button"
              data-testid="room-notice"
            >
              {t('notice.open')}
            </Link>
          </p>
          <RotaGrid detail={room.data} />
          <ThemeForm detail={room.data} />
          <RoomDetails settings={settings} />
          <XServices settings={settings} />
          <Volunteers siteId={siteId} />
          <Devices siteId={siteId} />
          <RetireRoom siteId={siteId} />
        </>
      ) : (
        <p className="note">{t('rooms.retiredNote')}</p>
      )}
    </div>
  );
}
