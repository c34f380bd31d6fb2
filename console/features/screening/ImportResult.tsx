import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { joinList } from '../../ui/format';
import type { ImportReport } from '../../../shared/screening/import-report';

/** What an import did: counts, and each refused row with its number and its problems in words. */
export function ImportResult({ report, street }: { report: ImportReport; street: string }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="report-title" data-testid="import-report">
      <h2 id="report-title">{t('screening.import.report')}</h2>
      <p role="status" data-testid="import-counts">
        {t('screening.import.counts', {
          rows: report.rows,
          added: report.added,
          updated: report.updated,
          unchanged: report.unchanged,
          failed: report.failed,
        })}
      </p>
      {report.errors.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="import-errors">
            <caption>{t('screening.import.errors')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('screening.import.row')}</th>
                <th scope="col">{t('screening.field.orderNo')}</th>
                <th scope="col">{t('screening.import.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e) => (
                <tr key={e.row}>
                  <td>{e.row}</td>
                  <td>{e.orderNo || '—'}</td>
                  <td>
                    {joinList(
                      i18n.language,
                      e.problems.map((p) => t(`screening.problem.${p}`)),
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ul className="links">
        {report.months.map((month) => (
          <li key={month}>
            <Link
              to="/screening/$street/$month"
              params={{ street, month }}
              data-testid={`report-meeting-${month}`}
            >
              {t('screening.meeting.openMonth', { month })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
