import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { queries } from '../../api/queries';
import { streetName } from '../../ui/format';

/**
 * From the 15th until a street has held its screening (the 18th is the day), the home page says
 * so: a street office for its street, the district for every street that has not.
 */
export function ScreeningReminder() {
  const { t, i18n } = useTranslation();
  const status = useQuery(queries.screeningStatus());
  const due = status.data?.streets.filter((s) => s.reminder) ?? [];
  if (due.length === 0) return null;
  return (
    <p className="note note--alert" role="status" data-testid="screening-reminder">
      {t('screening.reminder', {
        month: status.data?.month,
        streets: due.map((s) => streetName(i18n.language, s.street)).join('、'),
        count: due.length,
      })}{' '}
      <Link to="/screening">{t('screening.reminderLink')}</Link>
    </p>
  );
}
