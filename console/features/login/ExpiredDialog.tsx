import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginForm } from './LoginForm';

/**
 * The session ended while the console was open: log in again over the page, which stays mounted
 * underneath, so nothing typed on it is lost. A modal <dialog> keeps keyboard focus inside.
 */
export function ExpiredDialog() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="expired-title"
      data-testid="session-expired"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="expired-title">{t('expired.title')}</h2>
      <p>{t('expired.text')}</p>
      <LoginForm submitLabel={t('expired.submit')} />
    </dialog>
  );
}
