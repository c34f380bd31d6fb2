import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDrafts, useLiveDrafts, useRestoredDrafts, type DraftWhat } from './drafts';
import { ConfirmDialog } from './ConfirmDialog';

/** "A-003 首问登记、W-001 转交团队": unsaved forms in words. */
export function useDraftWords(): (drafts: readonly DraftWhat[]) => string {
  const { t } = useTranslation();
  return useCallback(
    (drafts) =>
      drafts
        .map((d) =>
          d.ticket
            ? t('desk.draft.ofTicket', { ticket: d.ticket, form: t(`desk.draft.form.${d.form}`) })
            : t(`desk.draft.form.${d.form}`),
        )
        .join(t('list.separator')),
    [t],
  );
}

/** Asked before a tab, 取消 or 回到居民页面 would throw unsaved typing away. */
export function LeaveDialog() {
  const { t } = useTranslation();
  const leaving = useDrafts((s) => s.leaving);
  const live = useLiveDrafts();
  const words = useDraftWords();
  if (!leaving) return null;
  return (
    <ConfirmDialog
      title={t('desk.draft.leaveTitle')}
      confirm={t('desk.draft.discard')}
      cancel={t('desk.draft.stay')}
      onConfirm={() => useDrafts.getState().discardAndLeave()}
      onCancel={() => useDrafts.getState().stay()}
      testId="desk-leave"
      danger
    >
      <p>{t('desk.draft.leaveBody', { what: words(live) })}</p>
    </ConfirmDialog>
  );
}

/** After an unlock brought a kept draft back: says what, where it is. */
export function RestoredNote() {
  const { t } = useTranslation();
  const restored = useRestoredDrafts();
  const words = useDraftWords();
  if (restored.length === 0) return null;
  return (
    <p className="desk-note" role="status" data-testid="desk-draft-restored">
      {t('desk.draft.restored', { what: words(restored) })}
    </p>
  );
}
