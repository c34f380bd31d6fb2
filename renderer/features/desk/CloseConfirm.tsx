import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

/** 办结 asks first: a closed case leaves every follow-up list (it can be reopened the same day). */
export function CloseConfirm({
  onConfirm,
  onCancel,
}: {
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('desk.closeConfirm.title')}
      confirm={t('desk.closeConfirm.confirm')}
      cancel={t('desk.closeConfirm.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="close-confirm"
    >
      <p>{t('desk.closeConfirm.body')}</p>
    </ConfirmDialog>
  );
}
