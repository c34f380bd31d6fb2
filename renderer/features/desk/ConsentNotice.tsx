import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { RETENTION_MONTHS } from '../../../shared/records/consent-terms';

/** The notice's parts (label, text), in the order the kiosk's consent screen shows them. */
const PARTS = [
  ['consent.whatLabel', 'consent.what'],
  ['consent.whyLabel', 'consent.why'],
  ['consent.whoLabel', 'consent.who'],
  ['consent.howLongLabel', 'consent.howLong'],
  ['consent.rightsLabel', 'consent.rights'],
] as const;

/**
 * 告知书: the same notice a resident reads on the kiosk before agreeing, shown on the desk so a
 * walk-in can read it before the volunteer asks for consent, plus the one thing only the desk
 * records (a home visit's address).
 */
export function ConsentNotice({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      className="idle-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="desk-notice-title"
      data-testid="desk-notice"
    >
      <div className="idle-dialog desk-dialog desk-notice">
        <h2 id="desk-notice-title">{t('consent.title')}</h2>
        <dl className="consent-facts">
          {PARTS.map(([label, text]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>{t(text, { months: RETENTION_MONTHS })}</dd>
            </div>
          ))}
        </dl>
        <p>{t('desk.notice.deskAddress')}</p>
        <div className="actions">
          <BigButton variant="primary" autoFocus onClick={onClose} data-testid="desk-notice-close">
            {t('desk.notice.close')}
          </BigButton>
        </div>
      </div>
    </div>
  );
}
