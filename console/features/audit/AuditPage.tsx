import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { useListQuery } from '../../app/search';
import { columnHelper, DataTable, oneColumnSort, pagedList } from '../../ui/DataTable';
import { formatTime } from '../../ui/format';
import { AUDIT_OUTCOMES, AuditQuery } from '../../../shared/console/requests';
import type { AuditRow } from '../../../shared/console/views';

const col = columnHelper<AuditRow>();
const DATE_FIELDS = ['from', 'to'] as const;
const DATE = 'date';

/** 审计日志 (district admin): filtered and paged by the hub, newest first. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useListQuery(AuditQuery);
  const list = useQuery({ ...queries.audit(query), placeholderData: keepPreviousData });
  const [draft, setDraft] = useState({
    action: query.action ?? '',
    username: query.username ?? '',
    outcome: query.outcome ?? '',
    from: query.from ?? '',
    to: query.to ?? '',
  });
  const columns = useMemo(
    () => [
      col.display({
        id: 'at',
        header: () => t('audit.time'),
        cell: ({ row }) => formatTime(i18n.language, row.original.at),
      }),
      col.accessor('username', {
        header: () => t('audit.username'),
        cell: (c) => c.getValue() ?? '—',
      }),
      col.accessor('action', { header: () => t('audit.action') }),
      col.display({
        id: 'target',
        header: () => t('audit.target'),
        cell: ({ row }) =>
          row.original.targetId ? `${row.original.targetKind ?? ''} ${row.original.targetId}` : '—',
      }),
      col.display({
        id: 'outcome',
        header: () => t('audit.outcome'),
        cell: ({ row }) => t(`audit.outcomes.${row.original.outcome}`),
      }),
      col.accessor('address', { header: () => t('audit.address') }),
      col.accessor('detail', { header: () => t('audit.detail'), cell: (c) => c.getValue() ?? '' }),
    ],
    [t, i18n.language],
  );
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const value = (s: string) => (s.trim() === '' ? undefined : s.trim());
    setQuery({
      action: value(draft.action),
      username: value(draft.username),
      outcome: value(draft.outcome) as AuditQuery['outcome'],
      from: value(draft.from),
      to: value(draft.to),
      page: 1,
    });
  };
  const input = (key: keyof typeof draft, label: string, type = 'text') => (
    <label className="field field--inline" key={key}>
      <span>{label}</span>
      <input
        type={type}
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        data-testid={`audit-${key}`}
      />
    </label>
  );
  const sorting = oneColumnSort('at', query, setQuery);
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.lead')}</p>
      <form className="filters" onSubmit={apply}>
        {input('action', t('audit.action'))}
        {input('username', t('audit.username'))}
        <label className="field field--inline">
          <span>{t('audit.outcome')}</span>
          <select
            value={draft.outcome}
            onChange={(e) => setDraft({ ...draft, outcome: e.target.value })}
          >
            <option value="">{t('audit.any')}</option>
            {AUDIT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`audit.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </label>
        {DATE_FIELDS.map((key) => input(key, t(`audit.${key}`), DATE))}
        <button type="submit" className="button" data-testid="audit-apply">
          {t('audit.filter')}
        </button>
      </form>
      <DataTable
        title={t('audit.title')}
        testId="audit-table"
        columns={columns}
        {...pagedList(list, query, setQuery)}
        {...sorting}
        emptyText={t('audit.empty')}
        rowKey={(row) => String(row.id)}
      />
    </>
  );
}
