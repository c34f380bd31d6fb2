import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queries } from '../../api/queries';
import { FormStatus } from '../../ui/States';
import { apiPath } from '../../../shared/console/access';
import { SessionView } from '../../../shared/console/views';
import { LogoutButton } from '../../layout/LogoutButton';

const FIELDS = [
  {
    key: 'current',
    label: 'password.current',
    testId: 'password-current',
    auto: 'current-password',
  },
  { key: 'next', label: 'password.next', testId: 'password-next', auto: 'new-password' },
  { key: 'again', label: 'password.again', testId: 'password-again', auto: 'new-password' },
] as const;

/** The first-login (or after-reset) password change; nothing else opens until it is done. */
export function PasswordPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () => api.post(apiPath('session.password'), SessionView, { current, next }),
    onSuccess: (session) => client.setQueryData(queries.session().queryKey, session),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(next !== again);
    if (next === again) change.mutate();
  };
  const values = { current, next, again };
  const setters = { current: setCurrent, next: setNext, again: setAgain };
  const field = (
    label: string,
    value: string,
    set: (v: string) => void,
    id: string,
    auto: string,
  ) => (
    <label className="field" key={id}>
      <span>{label}</span>
      <input
        type="password"
        autoComplete={auto}
        value={value}
        onChange={(e) => set(e.target.value)}
        data-testid={id}
      />
    </label>
  );
  return (
    <main id="main" className="page page--narrow">
      <h1>{t('password.title')}</h1>
      <p>{t('password.firstLogin')}</p>
      <form className="form" onSubmit={submit} noValidate>
        {FIELDS.map((f) => field(t(f.label), values[f.key], setters[f.key], f.testId, f.auto))}
        <p className="hint">{t('password.rules')}</p>
        {mismatch ? (
          <p className="form-status form-status--error" role="alert">
            {t('password.mismatch')}
          </p>
        ) : (
          <FormStatus error={change.error} ok={null} />
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={change.isPending}
          data-testid="password-submit"
        >
          {change.isPending ? t('password.busy') : t('password.submit')}
        </button>
      </form>
      <LogoutButton />
    </main>
  );
}
