import { useTranslation } from 'react-i18next';
import { serviceName, streetName } from '../../ui/format';
import { ROLES, type AccountScope, type Role } from '../../../shared/console/roles';
import { CORE_SERVICE_IDS } from '../../../shared/catalogue/ids';
import { STREETS, StreetId } from '../../../shared/sites';

/** Role and the scope fields that role needs (a street, or a team and optional streets). */
export function ScopeFields({
  role,
  scope,
  onChange,
}: {
  role: Role;
  scope: AccountScope;
  onChange: (role: Role, scope: AccountScope) => void;
}) {
  const { t, i18n } = useTranslation();
  const setRole = (next: Role) =>
    onChange(next, {
      street: next === 'street-office' ? (scope.street ?? 'xujiahui') : null,
      service: next === 'team-member' ? (scope.service ?? 'lawyer') : null,
      streets: next === 'team-member' ? scope.streets : [],
    });
  return (
    <>
      <label className="field">
        <span>{t('accounts.role')}</span>
        <select
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          data-testid="account-role"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {role === 'street-office' && (
        <label className="field">
          <span>{t('accounts.street')}</span>
          <select
            value={scope.street ?? ''}
            data-testid="account-street"
            onChange={(e) => onChange(role, { ...scope, street: StreetId.parse(e.target.value) })}
          >
            {STREETS.map((s) => (
              <option key={s.id} value={s.id}>
                {streetName(i18n.language, s.id)}
              </option>
            ))}
          </select>
        </label>
      )}
      {role === 'team-member' && (
        <>
          <label className="field">
            <span>{t('accounts.team')}</span>
            <select
              value={scope.service ?? ''}
              data-testid="account-team"
              onChange={(e) => onChange(role, { ...scope, service: e.target.value })}
            >
              {CORE_SERVICE_IDS.map((s) => (
                <option key={s} value={s}>
                  {serviceName(t, s)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="field">
            <legend>{t('accounts.streets')}</legend>
            <div className="checks">
              {STREETS.map((s) => (
                <label key={s.id} className="check">
                  <input
                    type="checkbox"
                    checked={scope.streets.includes(s.id)}
                    onChange={(e) =>
                      onChange(role, {
                        ...scope,
                        streets: e.target.checked
                          ? [...scope.streets, s.id]
                          : scope.streets.filter((x) => x !== s.id),
                      })
                    }
                  />
                  {streetName(i18n.language, s.id)}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}
    </>
  );
}
