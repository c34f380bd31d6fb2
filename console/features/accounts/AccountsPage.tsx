import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { useListQuery } from '../../app/search';
import { columnHelper, DataTable, pagedList } from '../../ui/DataTable';
import { formatTime, serviceName, streetName } from '../../ui/format';
import { AddAccount, EditAccount } from './AccountForms';
import { AccountsQuery } from '../../../shared/console/requests';
import type { AccountView } from '../../../shared/console/roles';

const col = columnHelper<AccountView>();

/** 账号管理 (district admin): the accounts, paged and sorted by the hub; add and change them. */
export function AccountsPage() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useListQuery(AccountsQuery);
  const list = useQuery({ ...queries.accounts(query), placeholderData: keepPreviousData });
  const [editing, setEditing] = useState<string | null>(null);
  const columns = useMemo(
    () => [
      col.accessor('username', { id: 'username', header: () => t('accounts.username') }),
      col.accessor('displayName', { header: () => t('accounts.displayName') }),
      col.display({
        id: 'role',
        header: () => t('accounts.role'),
        cell: ({ row }) => {
          const a = row.original;
          const scope = a.scope.street
            ? streetName(i18n.language, a.scope.street)
            : a.scope.service
              ? serviceName(t, a.scope.service)
              : '';
          return `${t(`role.${a.role}`)}${scope ? ` · ${scope}` : ''}`;
        },
      }),
      col.display({
        id: 'state',
        header: () => t('accounts.state'),
        cell: ({ row }) => {
          const a = row.original;
          return a.disabled
            ? t('accounts.disabled')
            : a.lockedUntil
              ? t('accounts.locked')
              : a.mustChangePassword
                ? t('accounts.mustChange')
                : t('accounts.active');
        },
      }),
      col.display({
        id: 'lastLogin',
        header: () => t('accounts.lastLogin'),
        cell: ({ row }) =>
          row.original.lastLoginAt
            ? formatTime(i18n.language, row.original.lastLoginAt)
            : t('accounts.never'),
      }),
      col.display({
        id: 'edit',
        header: () => t('accounts.edit'),
        cell: ({ row }) => (
          <button
            type="button"
            className="button button--small"
            onClick={() => setEditing(row.original.id)}
            aria-label={`${t('accounts.edit')} ${row.original.username}`}
            data-testid={`edit-${row.original.username}`}
          >
            {t('accounts.edit')}
          </button>
        ),
      }),
    ],
    [t, i18n.language],
  );
  const selected = list.data?.rows.find((a) => a.id === editing) ?? null;
  return (
    <>
      <h1>{t('accounts.title')}</h1>
      <p>{t('accounts.lead')}</p>
      <DataTable
        title={t('accounts.title')}
        testId="accounts-table"
        columns={columns}
        {...pagedList(list, query, setQuery)}
        sort={{ id: query.sort, desc: query.dir === 'desc' }}
        sortable={['username', 'role', 'lastLogin']}
        onSort={(id, desc) =>
          setQuery({ sort: id as AccountsQuery['sort'], dir: desc ? 'desc' : 'asc', page: 1 })
        }
        emptyText={t('app.empty')}
        rowKey={(row) => row.id}
      />
      {selected && (
        <EditAccount
          key={selected.id + String(selected.disabled)}
          account={selected}
          onClose={() => setEditing(null)}
        />
      )}
      <AddAccount />
    </>
  );
}
