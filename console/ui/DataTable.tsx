import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { PAGE_SIZES } from '../../shared/console/requests';
import { Empty, ErrorRetry, Loading } from './States';

/**
 * Every list of the console: a real <table> driven by TanStack Table with sorting and paging done
 * on the server (manualSorting, manualPagination): the page shows the rows the hub sent, and a
 * click on a sortable header or the pager asks the hub for another page. Loading, empty and
 * error-with-retry states are built in, so no list can forget them.
 */
export const tableFeatureSet = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type Features = typeof tableFeatureSet;
export function columnHelper<T extends RowData>() {
  return createColumnHelper<Features, T>();
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of one table hold cells of different value types
export type Columns<T extends RowData> = ColumnDef<Features, T, any>[];

export interface DataTableProps<T extends RowData> {
  title: string;
  columns: Columns<T>;
  rows: T[] | undefined;
  total: number;
  page: number;
  pageSize: number;
  /** The server's sort key and direction; only columns whose id is in `sortable` can sort. */
  sort: { id: string; desc: boolean };
  sortable: readonly string[];
  onSort: (id: string, desc: boolean) => void;
  onPage: (page: number, pageSize: number) => void;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
  emptyText: string;
  rowKey: (row: T) => string;
  testId?: string;
}

const NO_ROWS: never[] = [];
/** Shapes, not words: the header's aria-sort says the same to screen readers. */
const ARROW = { asc: ' ▲', desc: ' ▼', none: ' ↕' };

export function DataTable<T extends RowData>(props: DataTableProps<T>): ReactNode {
  const { t } = useTranslation();
  const sorting: SortingState = [{ id: props.sort.id, desc: props.sort.desc }];
  const table = useTable({
    features: tableFeatureSet,
    columns: props.columns,
    data: props.rows ?? (NO_ROWS as T[]),
    getRowId: (row: T) => props.rowKey(row),
    rowCount: props.total,
    manualSorting: true,
    manualPagination: true,
    state: { sorting, pagination: { pageIndex: props.page - 1, pageSize: props.pageSize } },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first) props.onSort(first.id, first.desc);
      else props.onSort(props.sort.id, !props.sort.desc);
    },
  });
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));

  if (props.isPending && !props.rows) return <Loading />;
  if (props.error && !props.rows) return <ErrorRetry error={props.error} onRetry={props.onRetry} />;
  if (!props.rows || props.rows.length === 0) return <Empty text={props.emptyText} />;

  return (
    <div className="table-wrap" data-testid={props.testId}>
      {props.error ? <ErrorRetry error={props.error} onRetry={props.onRetry} /> : null}
      <table className="table">
        <caption>{t('table.caption', { title: props.title, total: props.total })}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id;
                const sortable = props.sortable.includes(id);
                const active = props.sort.id === id;
                const label = <table.FlexRender header={header} />;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      active
                        ? props.sort.desc
                          ? 'descending'
                          : 'ascending'
                        : sortable
                          ? 'none'
                          : undefined
                    }
                  >
                    {sortable ? (
                      <button
                        type="button"
                        className="sort"
                        onClick={() => props.onSort(id, active ? !props.sort.desc : false)}
                      >
                        {label}
                        <span aria-hidden="true">
                          {active ? (props.sort.desc ? ARROW.desc : ARROW.asc) : ARROW.none}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pager" aria-label={t('table.page', { page: props.page, pages })}>
        <button
          type="button"
          className="button"
          disabled={props.page <= 1}
          onClick={() => props.onPage(props.page - 1, props.pageSize)}
        >
          {t('table.prev')}
        </button>
        <span>{t('table.page', { page: props.page, pages })}</span>
        <button
          type="button"
          className="button"
          disabled={props.page >= pages}
          onClick={() => props.onPage(props.page + 1, props.pageSize)}
        >
          {t('table.next')}
        </button>
        <label>
          {t('table.pageSize')}{' '}
          <select value={props.pageSize} onChange={(e) => props.onPage(1, Number(e.target.value))}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </div>
  );
}

/**
 * The props every server-paged list passes the same way: its query's rows and state, and the
 * page changes written back to the URL query.
 */
export function pagedList<T>(
  list: {
    data?: { rows: T[]; total: number };
    isPending: boolean;
    error: unknown;
    refetch: () => unknown;
  },
  query: { page: number; pageSize: number },
  setQuery: (change: { page: number; pageSize: number }) => void,
) {
  return {
    rows: list.data?.rows,
    total: list.data?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    onPage: (page: number, pageSize: number) => setQuery({ page, pageSize }),
    isPending: list.isPending,
    error: list.error,
    onRetry: () => void list.refetch(),
  };
}

/**
 * The sort props of a list that sorts on one column only, in either direction (newest or oldest
 * first): the audit log, the suggestions, the typical cases.
 */
export function oneColumnSort(
  id: string,
  query: { dir: 'asc' | 'desc' },
  setQuery: (change: { dir: 'asc' | 'desc'; page: number }) => void,
) {
  return {
    sort: { id, desc: query.dir === 'desc' },
    sortable: [id],
    onSort: (_id: string, desc: boolean) => setQuery({ dir: desc ? 'desc' : 'asc', page: 1 }),
  };
}
