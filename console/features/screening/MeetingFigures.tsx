import { useTranslation } from 'react-i18next';
import { joinList } from '../../ui/format';
import type { MeetingView } from '../../../shared/screening/meeting';
import { useTopics } from './use-topics';

/** The meeting's figures: topics by community against earlier months, the kiosk beside, flags. */
export function MeetingFigures({ meeting }: { meeting: MeetingView }) {
  const { t, i18n } = useTranslation();
  const { topicName } = useTopics();
  return (
    <>
      <section aria-labelledby="topics-title">
        <h2 id="topics-title">{t('screening.meeting.topics')}</h2>
        <p>
          {t('screening.meeting.totals', {
            orders: meeting.orders,
            unclassified: meeting.unclassified,
          })}
        </p>
        <div className="table-wrap">
          <table className="table" data-testid="meeting-topics">
            <thead>
              <tr>
                <th scope="col">{t('screening.topic')}</th>
                <th scope="col">{t('screening.category.label')}</th>
                <th scope="col">{meeting.month}</th>
                {meeting.previousMonths.map((m) => (
                  <th scope="col" key={m}>
                    {m}
                  </th>
                ))}
                <th scope="col">{t('screening.meeting.communities')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.topics.map((row) => (
                <tr key={row.topic}>
                  <th scope="row">{topicName(row.topic)}</th>
                  <td>{t(`screening.category.${row.category}`)}</td>
                  <td>{row.count}</td>
                  {row.previous.map((n, i) => (
                    <td key={i}>{n}</td>
                  ))}
                  <td>
                    {joinList(
                      i18n.language,
                      row.byCommunity.slice(0, 3).map((c) =>
                        t('screening.meeting.communityCount', {
                          community: c.community || t('screening.meeting.noCommunity'),
                          count: c.count,
                        }),
                      ),
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="kiosk-title">
        <h2 id="kiosk-title">{t('screening.meeting.kiosk')}</h2>
        <div className="table-wrap">
          <table className="table" data-testid="meeting-categories">
            <thead>
              <tr>
                <th scope="col">{t('screening.category.label')}</th>
                <th scope="col">{t('screening.meeting.hotlineOrders')}</th>
                <th scope="col">{t('screening.meeting.kioskIntakes')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.byCategory.map((row) => (
                <tr key={row.category}>
                  <th scope="row">{t(`screening.category.${row.category}`)}</th>
                  <td>{row.orders}</td>
                  <td>{row.intakes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="flags-title">
        <h2 id="flags-title">{t('screening.meeting.flags')}</h2>
        {meeting.flags.length === 0 ? (
          <p>{t('screening.meeting.noFlags')}</p>
        ) : (
          <ul data-testid="meeting-flags">
            {meeting.flags.map((f, i) => (
              <li key={i}>
                {f.kind === 'rising'
                  ? t('screening.flag.rising', {
                      topic: topicName(f.topic),
                      count: f.count,
                      average: f.average,
                    })
                  : f.kind === 'repeatedAddress'
                    ? t('screening.flag.repeatedAddress', { address: f.address, count: f.count })
                    : t('screening.flag.urgent', { orderNo: f.orderNo, topic: topicName(f.topic) })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
