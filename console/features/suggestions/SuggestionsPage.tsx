import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { useListQuery } from '../../app/search';
import { useSession } from '../../app/session';
import { columnHelper, DataTable, oneColumnSort, pagedList } from '../../ui/DataTable';
import { formatTime, streetName } from '../../ui/format';
import { SuggestionForm } from './SuggestionForm';
import { StreetFilter } from '../../ui/StreetFilter';
import { SuggestionsQuery } from '../../../shared/console/requests';
import type { SuggestionRow } from '../../../shared/console/views';
import { SUGGESTION_STATUSES, SUGGESTION_TOPICS } from '../../../shared/suggestions/topics';

const col = columnHelper<SuggestionRow>();
const TOPIC_FILTERS = [...SUGGESTION_TOPICS, 'untagged'] as const;

/** 解忧法空间: the suggestions residents left at the kiosks of the caller's scope. */
export function SuggestionsPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [query, setQuery] = useListQuery(SuggestionsQuery);
  const list = useQuery({ ...queries.suggestions(query), placeholderData: keepPreviousData });
  const [openId, setOpenId] = useState<string | null>(null);
  const open = list.data?.rows.find((r) => r.id === openId) ?? null;
  const columns = useMemo(
    () => [
      col.display({
        id: 'written',
        header: () => t('suggestions.written'),
        cell: ({ row }) => formatTime(i18n.language, row.original.writtenAt),
      }),
      col.display({
        id: 'street',
        header: () => t('suggestions.street'),
        cell: ({ row }) => streetName(i18n.language, row.original.street),
      }),
      col.accessor('text', { header: () => t('suggestions.text') }),
      col.display({
        id: 'topic',
        header: () => t('suggestions.topic'),
        cell: ({ row }) => t(`suggestions.topics.${row.original.topic ?? 'untagged'}`),
      }),
      col.display({
        id: 'status',
        header: () => t('suggestions.status'),
        cell: ({ row }) => (
          <>
            {t(`suggestions.statuses.${row.original.status}`)}
            {row.original.late && (
              <span className="badge badge--alert">{t('suggestions.late')}</span>
            )}
            {row.original.replyPublic && <span className="badge">{t('suggestions.onBoard')}</span>}
          </>
        ),
      }),
      col.display({
        id: 'act',
        header: () => t('suggestions.act'),
        cell: ({ row }) => (
          <button
            type="button"
            className="button"
            onClick={() => setOpenId(row.original.id)}
            data-testid={`suggestion-open-${row.index}`}
            aria-label={t('suggestions.openLabel', {
              at: formatTime(i18n.language, row.original.writtenAt),
            })}
          >
            {t('suggestions.open')}
          </button>
        ),
      }),
    ],
    [t, i18n.language],
  );
  const byTopic = list.data?.byTopic ?? {};
  const sorting = oneColumnSort('written', query, setQuery);
  return (
    <>
      <h1>{t('suggestions.title')}</h1>
      <p>{t('suggestions.lead')}</p>
      <section aria-labelledby="by-topic" className="panel">
        <h2 id="by-topic">{t('suggestions.byTopic')}</h2>
        <ul className="counts" data-testid="suggestion-counts">
          {TOPIC_FILTERS.filter((k) => (byTopic[k] ?? 0) > 0).map((k) => (
            <li key={k}>
              {t(`suggestions.topics.${k}`)}: <strong>{byTopic[k]}</strong>
            </li>
          ))}
        </ul>
      </section>
      <div className="filters">
        <label className="field field--inline">
          <span>{t('suggestions.status')}</span>
          <select
            value={query.status}
            data-testid="suggestions-status"
            onChange={(e) =>
              setQuery({ status: e.target.value as SuggestionsQuery['status'], page: 1 })
            }
          >
            <option value="all">{t('suggestions.any')}</option>
            {SUGGESTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`suggestions.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--inline">
          <span>{t('suggestions.topic')}</span>
          <select
            value={query.topic ?? ''}
            onChange={(e) =>
              setQuery({
                topic: (e.target.value || undefined) as SuggestionsQuery['topic'],
                page: 1,
              })
            }
          >
            <option value="">{t('suggestions.any')}</option>
            {TOPIC_FILTERS.map((k) => (
              <option key={k} value={k}>
                {t(`suggestions.topics.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {session.account.scope.street === null && (
          <StreetFilter
            label={t('suggestions.street')}
            value={query.street}
            onChange={(street) => setQuery({ street, page: 1 })}
          />
        )}
      </div>
      <DataTable
        title={t('suggestions.title')}
        testId="suggestions-table"
        columns={columns}
        {...pagedList(list, query, setQuery)}
        {...sorting}
        emptyText={t('suggestions.empty')}
        rowKey={(row) => row.id}
      />
      {open && <SuggestionForm key={open.id} row={open} onDone={() => setOpenId(null)} />}
    </>
  );
}
