import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';
import { queries } from '../../api/queries';
import { columnHelper, DataTable } from '../../ui/DataTable';
import { FormStatus } from '../../ui/States';
import { apiPath } from '../../../shared/console/access';
import type { OrdersQuery } from '../../../shared/screening/import-report';
import type { OrderView } from '../../../shared/screening/work-order';
import { useTopics } from './use-topics';

const col = columnHelper<OrderView>();
const FILTERS: OrdersQuery['filter'][] = ['unclassified', 'urgent', 'all'];

/** The month's orders, paged by the hub; staff correct a classification in place. */
export function OrdersSection({ street, month }: { street: string; month: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { topics, topicName } = useTopics();
  const [query, setQuery] = useState<OrdersQuery>({
    month,
    page: 1,
    pageSize: 20,
    filter: 'unclassified',
  });
  const list = useQuery({ ...queries.orders(street, query), placeholderData: keepPreviousData });
  const correct = useMutation({
    mutationFn: ({ orderNo, topic }: { orderNo: string; topic: string }) => {
      const rule = topics.find((x) => x.id === topic);
      return api.post(
        apiPath('screening.correct', { street, orderNo }),
        z.object({ ok: z.boolean() }),
        {
          category: rule?.category,
          topic,
        },
      );
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['screening-orders', street] });
      void client.invalidateQueries({ queryKey: ['screening-meeting', street, month] });
    },
  });
  const columns = useMemo(
    () => [
      col.accessor('orderNo', { header: () => t('screening.field.orderNo') }),
      col.accessor('community', { header: () => t('screening.field.community') }),
      col.accessor('request', { header: () => t('screening.field.request') }),
      col.display({
        id: 'topic',
        header: () => t('screening.topic'),
        cell: ({ row }) => (
          <select
            aria-label={t('screening.correctFor', { orderNo: row.original.orderNo })}
            value={row.original.topic ?? ''}
            data-testid={`correct-${row.original.orderNo}`}
            onChange={(e) =>
              correct.mutate({ orderNo: row.original.orderNo, topic: e.target.value })
            }
          >
            <option value="" disabled>
              {topicName(null)}
            </option>
            {topics.map((x) => (
              <option key={x.id} value={x.id}>
                {topicName(x.id)}
              </option>
            ))}
          </select>
        ),
      }),
      col.display({
        id: 'urgent',
        header: () => t('screening.field.urgency'),
        cell: ({ row }) => (row.original.urgent ? t('app.yes') : t('app.no')),
      }),
    ],
    [t, topics, topicName, correct],
  );
  return (
    <section aria-labelledby="orders-title">
      <h2 id="orders-title">{t('screening.meeting.ordersTitle')}</h2>
      <label className="field field--inline">
        <span>{t('screening.meeting.show')}</span>
        <select
          value={query.filter}
          data-testid="orders-filter"
          onChange={(e) =>
            setQuery({ ...query, filter: e.target.value as OrdersQuery['filter'], page: 1 })
          }
        >
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`screening.filter.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <FormStatus error={correct.error} ok={correct.isSuccess ? t('screening.corrected') : null} />
      <DataTable
        title={t('screening.meeting.ordersTitle')}
        testId="orders-table"
        columns={columns}
        rows={list.data?.rows}
        total={list.data?.total ?? 0}
        page={query.page}
        pageSize={query.pageSize}
        sort={{ id: 'receivedAt', desc: true }}
        sortable={[]}
        onSort={() => undefined}
        onPage={(page, pageSize) => setQuery({ ...query, page, pageSize })}
        isPending={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        emptyText={t('screening.meeting.noOrders')}
        rowKey={(row) => row.orderNo}
      />
    </section>
  );
}
