import type { TFunction } from 'i18next';
import { Link } from '@tanstack/react-router';
import { columnHelper, type Columns } from '../../ui/DataTable';
import { formatTime, serviceName, streetName } from '../../ui/format';
import type { CaseRow, SiteRow } from '../../../shared/console/views';

const col = columnHelper<CaseRow>();

/**
 * The columns of a case list (the team's inbox and the district's list). Nothing personal: the
 * ticket, room, category, urgency, stages, dates and flags. The ticket opens the case.
 */
export function caseColumns(
  t: TFunction,
  locale: string,
  sites: Map<string, SiteRow>,
  caseLink: (caseId: string) => string,
  team: boolean,
): Columns<CaseRow> {
  const room = (row: CaseRow) => {
    const site = sites.get(row.siteId);
    return site ? site.roomName[locale === 'en' ? 'en' : 'zh-CN'] : streetName(locale, row.street);
  };
  return [
    col.display({
      id: 'ticket',
      header: () => t('column.ticket'),
      cell: ({ row }) => {
        const label = row.original.ticket?.number ?? t('case.titleNoTicket');
        return (
          <Link
            to={caseLink(row.original.caseId)}
            data-testid={`open-${row.original.ticket?.number ?? row.original.caseId}`}
            aria-label={t('table.openRow', { what: `${label} ${row.original.ticket?.day ?? ''}` })}
          >
            {label}
          </Link>
        );
      },
    }),
    col.display({
      id: 'room',
      header: () => t('column.room'),
      cell: ({ row }) => room(row.original),
    }),
    col.display({
      id: 'category',
      header: () => t('column.category'),
      cell: ({ row }) => (row.original.category ? serviceName(t, row.original.category) : '—'),
    }),
    col.display({
      id: 'urgency',
      header: () => t('column.urgency'),
      cell: ({ row }) => (row.original.urgency ? t(`urgency.${row.original.urgency}`) : '—'),
    }),
    team
      ? col.display({
          id: 'stage',
          header: () => t('column.stage'),
          cell: ({ row }) => (row.original.stage ? t(`stage.${row.original.stage}`) : '—'),
        })
      : col.display({
          id: 'status',
          header: () => t('column.status'),
          cell: ({ row }) => t(`status.${row.original.status}`),
        }),
    col.display({
      id: 'due',
      header: () => t('column.due'),
      cell: ({ row }) => row.original.openDue ?? row.original.dueDate ?? '—',
    }),
    col.display({
      id: 'session',
      header: () => t('column.session'),
      cell: ({ row }) => row.original.sessionAt?.replace('T', ' ') ?? '—',
    }),
    col.display({
      id: 'opened',
      header: () => t('column.opened'),
      cell: ({ row }) => formatTime(locale, row.original.openedAt),
    }),
    col.display({
      id: 'flags',
      header: () => t('column.flags'),
      cell: ({ row }) => (
        <span className="flags">
          {row.original.overdue && <span className="flag flag--alert">{t('flag.overdue')}</span>}
          {row.original.homeVisit && <span className="flag">{t('flag.homeVisit')}</span>}
          {row.original.handedBack && <span className="flag">{t('flag.handedBack')}</span>}
          {row.original.teams.length > 1 && <span className="flag">{t('flag.joint')}</span>}
        </span>
      ),
    }),
  ];
}
