import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api/client';
import { queries } from '../../api/queries';
import { FormStatus } from '../../ui/States';
import { apiPath } from '../../../shared/console/access';
import { SessionView } from '../../../shared/console/views';

/** Username and password; on success the session query holds the new session. */
export function LoginForm({ submitLabel, onDone }: { submitLabel: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const login = useMutation({
    mutationFn: () => api.post(apiPath('session.login'), SessionView, { username, password }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      setPassword('');
      client.setQueryData(queries.session().queryKey, session);
      // Everything cached belonged to the old session: read it again as this one.
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      onDone?.();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = username.trim() === '' || password === '';
    setMissing(empty);
    if (!empty) login.mutate();
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <label className="field">
        <span>{t('login.username')}</span>
        <input
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          data-testid="login-username"
          required
        />
      </label>
      <label className="field">
        <span>{t('login.password')}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="login-password"
          required
        />
      </label>
      {missing ? (
        <p className="form-status form-status--error" role="alert">
          {t('login.required')}
        </p>
      ) : (
        <FormStatus error={login.error} ok={null} />
      )}
      <button
        type="submit"
        className="button button--primary"
        disabled={login.isPending}
        data-testid="login-submit"
      >
        {login.isPending ? t('login.busy') : submitLabel}
      </button>
    </form>
  );
}
