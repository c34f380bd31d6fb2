import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { useListQuery } from '../../app/search';
import { useSession } from '../../app/session';
import { DataTable, pagedList } from '../../ui/DataTable';
import { StreetFilter } from '../../ui/StreetFilter';
import { caseColumns } from './case-columns';
import { useSites } from './use-sites';
import { CASE_FILTERS, CASE_SORTS, CasesQuery } from '../../../shared/console/requests';

/** The district's (or a street's) cases: filter, sort and page on the hub; nothing personal. */
export function CasesPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [query, setQuery] = useListQuery(CasesQuery);
  const list = useQuery({ ...queries.cases(query), placeholderData: keepPreviousData });
  const sites = useSites();
  const columns = useMemo(
    () => caseColumns(t, i18n.language, sites, (id) => `/cases/${id}`, false),
    [t, i18n.language, sites],
  );
  const ownStreet = session.account.scope.street;
  return (
    <>
      <h1>{t('cases.title')}</h1>
      <p>{t('cases.lead')}</p>
      <div className="filters">
        <label className="field field--inline">
          <span>{t('cases.filterLabel')}</span>
          <select
            value={query.filter}
            data-testid="cases-filter"
            onChange={(e) => setQuery({ filter: e.target.value as CasesQuery['filter'], page: 1 })}
          >
            {CASE_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`cases.filter.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {ownStreet === null && (
          <StreetFilter
            label={t('cases.streetLabel')}
            value={query.street}
            onChange={(street) => setQuery({ street, page: 1 })}
          />
        )}
      </div>
      <DataTable
        title={t('cases.title')}
        testId="cases-table"
        columns={columns}
        {...pagedList(list, query, setQuery)}
        sort={{ id: query.sort, desc: query.dir === 'desc' }}
        sortable={CASE_SORTS}
        onSort={(id, desc) =>
          setQuery({ sort: id as CasesQuery['sort'], dir: desc ? 'desc' : 'asc', page: 1 })
        }
        emptyText={t('cases.empty')}
        rowKey={(row) => row.caseId}
      />
    </>
  );
}
