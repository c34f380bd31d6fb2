import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { queryString } from '../../api/client';
import { useListQuery } from '../../app/search';
import { useSession } from '../../app/session';
import { columnHelper, DataTable, oneColumnSort, pagedList } from '../../ui/DataTable';
import { joinList, serviceName, streetName } from '../../ui/format';
import { TypicalCaseDetail } from './TypicalCaseDetail';
import { StreetFilter } from '../../ui/StreetFilter';
import { apiPath, canUse } from '../../../shared/console/access';
import { TypicalCasesQuery } from '../../../shared/console/requests';
import { CORE_SERVICE_IDS, PROMPT_KEYS } from '../../../shared/catalogue/id-lists';
import type { TypicalCaseView } from '../../../shared/typical-cases/schema';

const col = columnHelper<TypicalCaseView>();

/** 典型案事例: the library (approved), the drafts waiting for a second person, the DOCX. */
export function TypicalCasesPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [query, setQuery] = useListQuery(TypicalCasesQuery);
  const list = useQuery({ ...queries.typicalCases(query), placeholderData: keepPreviousData });
  const [openId, setOpenId] = useState<string | null>(null);
  const open = list.data?.rows.find((r) => r.id === openId) ?? null;
  const drafts = canUse('typicalCases.read', session.account.role);
  const columns = useMemo(
    () => [
      col.accessor('year', { header: () => t('typical.year') }),
      col.accessor('title', { header: () => t('typical.fields.title') }),
      col.display({
        id: 'prompt',
        header: () => t('typical.fields.prompt'),
        cell: ({ row }) => t(`typical.prompts.${row.original.prompt}`),
      }),
      col.display({
        id: 'street',
        header: () => t('suggestions.street'),
        cell: ({ row }) => streetName(i18n.language, row.original.street),
      }),
      col.display({
        id: 'services',
        header: () => t('typical.fields.services'),
        cell: ({ row }) =>
          joinList(
            i18n.language,
            row.original.services.map((s) => serviceName(t, s)),
          ),
      }),
      col.display({
        id: 'open',
        header: () => t('suggestions.act'),
        cell: ({ row }) => (
          <button
            type="button"
            className="button"
            onClick={() => setOpenId(row.original.id)}
            data-testid={`typical-open-${row.index}`}
            aria-label={t('typical.openLabel', { title: row.original.title })}
          >
            {t('typical.open')}
          </button>
        ),
      }),
    ],
    [t, i18n.language],
  );
  const select = (
    key: 'prompt' | 'street' | 'service',
    values: readonly string[],
    words: (v: string) => string,
  ) => (
    <label className="field field--inline">
      <span>{t(`typical.filter.${key}`)}</span>
      <select
        value={query[key] ?? ''}
        onChange={(e) => setQuery({ [key]: e.target.value || undefined, page: 1 })}
        data-testid={`typical-filter-${key}`}
      >
        <option value="">{t('suggestions.any')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {words(v)}
          </option>
        ))}
      </select>
    </label>
  );
  const { page: _page, pageSize: _size, status: _status, ...filters } = query;
  const exportHref = apiPath('typicalCases.export') + queryString({ ...filters });
  const sorting = oneColumnSort('year', query, setQuery);
  return (
    <>
      <h1>{t('typical.title')}</h1>
      <p>{t('typical.lead')}</p>
      <div className="filters">
        {drafts && (
          <label className="field field--inline">
            <span>{t('suggestions.status')}</span>
            <select
              value={query.status}
              onChange={(e) =>
                setQuery({ status: e.target.value as TypicalCasesQuery['status'], page: 1 })
              }
              data-testid="typical-filter-status"
            >
              <option value="approved">{t('typical.statuses.approved')}</option>
              <option value="draft">{t('typical.statuses.draft')}</option>
            </select>
          </label>
        )}
        {select('prompt', PROMPT_KEYS, (p) => t(`typical.prompts.${p}`))}
        {session.account.scope.street === null && (
          <StreetFilter
            label={t('typical.filter.street')}
            value={query.street}
            onChange={(street) => setQuery({ street, page: 1 })}
          />
        )}
        {select('service', CORE_SERVICE_IDS, (s) => serviceName(t, s))}
        <label className="field field--inline">
          <span>{t('typical.year')}</span>
          <input
            type="number"
            min={2000}
            max={2100}
            value={query.year ?? ''}
            onChange={(e) =>
              setQuery({
                year: e.target.value === '' ? undefined : Number(e.target.value),
                page: 1,
              })
            }
          />
        </label>
      </div>
      <p>
        <a className="button" href={exportHref} download data-testid="typical-export">
          {t('typical.export')}
        </a>
      </p>
      <DataTable
        title={t('typical.title')}
        testId="typical-table"
        columns={columns}
        {...pagedList(list, query, setQuery)}
        {...sorting}
        emptyText={t('typical.empty')}
        rowKey={(row) => row.id}
      />
      {open && <TypicalCaseDetail key={open.id} item={open} onClose={() => setOpenId(null)} />}
    </>
  );
}
