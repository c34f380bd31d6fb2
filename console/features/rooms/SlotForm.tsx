import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roomServices, useServiceLabel } from './service-label';
import { WEEKDAYS } from '../../../shared/console/week';
import { RotaEntry, type SiteSettings } from '../../../shared/sync/content';
import { composeWho, ROTA_ROLES, type RotaRoleId } from '../../../shared/console/rota-roles';

/** The longest name on a rota slot (RotaEntry.who is 60 with the role before it). */
const NAME_MAX = 50;

/** Add one duty slot to the draft rota: day, hours, service, who (role and name). */
export function SlotForm({
  settings,
  onAdd,
}: {
  settings: SiteSettings;
  onAdd: (slot: RotaEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const label = useServiceLabel(settings);
  const [weekday, setWeekday] = useState(1);
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('12:00');
  const [service, setService] = useState('lawyer');
  const [role, setRole] = useState<RotaRoleId | 'other'>('lawyer');
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const slot = RotaEntry.safeParse({ weekday, start, end, service, who: composeWho(role, name) });
    setInvalid(!slot.success);
    if (!slot.success) return;
    onAdd(slot.data);
    setName('');
  };
  return (
    <form className="form slot-form" onSubmit={submit} noValidate aria-labelledby="slot-title">
      <h3 id="slot-title">{t('rota.add')}</h3>
      <div className="filters">
        <label className="field">
          <span>{t('rota.day')}</span>
          <select
            value={weekday}
            onChange={(e) => setWeekday(Number(e.target.value))}
            data-testid="slot-day"
          >
            {WEEKDAYS.map((d) => (
              <option key={d} value={d}>
                {t(`weekday.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('rota.start')}</span>
          <input
            type="time"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            data-testid="slot-start"
          />
        </label>
        <label className="field">
          <span>{t('rota.end')}</span>
          <input
            type="time"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            data-testid="slot-end"
          />
        </label>
        <label className="field">
          <span>{t('rota.service')}</span>
          <select
            value={service}
            onChange={(e) => setService(e.target.value)}
            data-testid="slot-service"
          >
            {roomServices(settings).map((id) => (
              <option key={id} value={id}>
                {label(id)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('rota.role')}</span>
          <select
            value={role}
            onChange={(e) => setRole(e.target.value as RotaRoleId | 'other')}
            data-testid="slot-role"
          >
            {ROTA_ROLES.map((r) => (
              <option key={r.id} value={r.id}>
                {i18n.language === 'en' ? `${r.en} (${r.zh})` : r.zh}
              </option>
            ))}
            <option value="other">{t('rota.roleOther')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('rota.who')}</span>
          <input
            value={name}
            maxLength={NAME_MAX}
            onChange={(e) => setName(e.target.value)}
            data-testid="slot-who"
          />
        </label>
      </div>
      {invalid && (
        <p className="form-status form-status--error" role="alert">
          {t('rota.invalid')}
        </p>
      )}
      <button type="submit" className="button" data-testid="slot-add">
        {t('rota.addSave')}
      </button>
    </form>
  );
}
