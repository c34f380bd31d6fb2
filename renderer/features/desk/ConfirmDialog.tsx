import type { ReactNode } from 'react';
import { BigButton } from '../../ui/BigButton';

/**
 * A question the desk must have answered before going on (discard typing? close the case?). The
 * safe answer has the focus, so an accidental Enter keeps things as they are.
 */
export function ConfirmDialog({
  title,
  children,
  confirm,
  cancel,
  onConfirm,
  onCancel,
  testId,
  danger = false,
}: {
  title: string;
  children: ReactNode;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
  danger?: boolean;
}) {
  return (
    <div
      className="idle-overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
    >
      <div className="idle-dialog desk-dialog">
        <h2 id={`${testId}-title`}>{title}</h2>
        {children}
        <div className="actions">
          <BigButton
            variant="primary"
            autoFocus
            onClick={onCancel}
            data-testid={`${testId}-cancel`}
          >
            {cancel}
          </BigButton>
          <BigButton
            variant={danger ? 'danger' : 'secondary'}
            onClick={onConfirm}
            data-testid={`${testId}-confirm`}
          >
            {confirm}
          </BigButton>
        </div>
      </div>
    </div>
  );
}
