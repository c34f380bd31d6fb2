import { useTranslation } from 'react-i18next';
import type { FocusGroup, HomeVisitReason } from '../../../shared/catalogue/ids';
import { DeskIcon } from './desk-icons';

/** What needs care, in words beside a symbol and a bold border: never colour alone. */
export function CaseFlags({
  focusGroups,
  homeVisitReason,
  legalAid = false,
  urgent = false,
  overdue = false,
  testId,
}: {
  focusGroups: readonly FocusGroup[];
  homeVisitReason: HomeVisitReason | null;
  legalAid?: boolean;
  urgent?: boolean;
  overdue?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!urgent && !overdue && !homeVisitReason && focusGroups.length === 0 && !legalAid) return null;
  return (
    <ul className="desk-flags" data-testid={testId}>
      {overdue && (
        <li className="desk-flag desk-flag--strong">
          <DeskIcon name="overdue" />
          {t('desk.flag.overdue')}
        </li>
      )}
      {urgent && (
        <li className="desk-flag desk-flag--strong">
          <DeskIcon name="warning" />
          {t('desk.flag.urgent')}
        </li>
      )}
      {homeVisitReason && (
        <li className="desk-flag desk-flag--strong">
          <DeskIcon name="house" />
          {t('desk.flag.homeVisit', { reason: t(`contact.homeVisitReason.${homeVisitReason}`) })}
        </li>
      )}
      {focusGroups.length > 0 && (
        <li className="desk-flag">
          <DeskIcon name="star" />
          {t('desk.flag.focus', {
            groups: focusGroups.map((g) => t(`contact.group.${g}`)).join(t('list.separator')),
          })}
        </li>
      )}
      {legalAid && (
        <li className="desk-flag">
          <DeskIcon name="scales" />
          {t('desk.flag.legalAid')}
        </li>
      )}
    </ul>
  );
}
