import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { roomQueries } from '../../api/queries';
import { Empty, ErrorRetry, Loading } from '../../ui/States';
import { streetName } from '../../ui/format';
import { AddRoom } from './AddRoom';

/**
 * 客厅管理: the rooms in the caller's scope (a street office: its street's). A street has a
 * handful of rooms, so the whole list comes in one answer, running rooms first.
 */
export function RoomsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const list = useQuery(roomQueries.rooms());
  return (
    <>
      <h1>{t('rooms.title')}</h1>
      <p>{t('rooms.lead')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorRetry error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.rooms.length === 0 ? (
        <Empty text={t('rooms.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="rooms-table">
            <caption>{t('rooms.caption', { count: list.data.rooms.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rooms.name')}</th>
                <th scope="col">{t('column.street')}</th>
                <th scope="col">{t('rooms.state')}</th>
                <th scope="col">{t('rooms.kiosks')}</th>
                <th scope="col">{t('rooms.volunteers')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.rooms.map((r) => (
                <tr key={r.settings.siteId}>
                  <td>
                    <Link
                      to="/rooms/$siteId"
                      params={{ siteId: r.settings.siteId }}
                      data-testid={`room-${r.settings.siteId}`}
                    >
                      {r.settings.roomName[locale]}
                    </Link>
                  </td>
                  <td>{streetName(i18n.language, r.settings.street)}</td>
                  <td>{r.retiredAt ? t('rooms.retired') : t('rooms.running')}</td>
                  <td>{r.devices}</td>
                  <td>{r.volunteers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddRoom />
    </>
  );
}
