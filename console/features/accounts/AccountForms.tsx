import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { FormStatus } from '../../ui/States';
import { ScopeFields } from './ScopeFields';
import { apiPath } from '../../../shared/console/access';
import { AccountCreated } from '../../../shared/console/views';
import type { AccountScope, AccountView, Role } from '../../../shared/console/roles';

const NO_SCOPE: AccountScope = { street: null, service: null, streets: [] };

function useAccountMutation<B>(path: () => string, done: string) {
  const client = useQueryClient();
  const [ok, setOk] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: B) => api.post(path(), AccountCreated, body),
    onSuccess: () => {
      setOk(done);
      void client.invalidateQueries({ queryKey: ['accounts'] });
    },
    onMutate: () => setOk(null),
  });
  return { mutation, ok };
}

/** Add an account: username, name, role and scope, a first password they must change. */
export function AddAccount() {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('team-member');
  const [scope, setScope] = useState<AccountScope>({ ...NO_SCOPE, service: 'lawyer' });
  const [password, setPassword] = useState('');
  const { mutation, ok } = useAccountMutation(
    () => apiPath('accounts.create'),
    t('accounts.created'),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(
      { username, displayName, role, scope, password },
      { onSuccess: () => setPassword('') },
    );
  };
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="add-title">
      <h2 id="add-title">{t('accounts.add')}</h2>
      <label className="field">
        <span>{t('accounts.username')}</span>
        <input
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="off"
          data-testid="account-username"
        />
      </label>
      <label className="field">
        <span>{t('accounts.displayName')}</span>
        <input
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          autoComplete="off"
          data-testid="account-name"
        />
      </label>
      <ScopeFields
        role={role}
        scope={scope}
        onChange={(r, s) => {
          setRole(r);
          setScope(s);
        }}
      />
      <label className="field">
        <span>{t('accounts.password')}</span>
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
          data-testid="account-password"
        />
      </label>
      <FormStatus error={mutation.error} ok={ok} />
      <button
        type="submit"
        className="button button--primary"
        disabled={mutation.isPending}
        data-testid="account-create"
      >
        {t('accounts.create')}
      </button>
    </form>
  );
}

/** Change one account: name, role and scope, disable or enable, reset the password. */
export function EditAccount({ account, onClose }: { account: AccountView; onClose: () => void }) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [role, setRole] = useState<Role>(account.role);
  const [scope, setScope] = useState<AccountScope>(account.scope);
  const [password, setPassword] = useState('');
  const path = () => apiPath('accounts.update', { accountId: account.id });
  const update = useAccountMutation(path, t('accounts.saved'));
  const reset = useAccountMutation(
    () => apiPath('accounts.resetPassword', { accountId: account.id }),
    t('accounts.resetDone'),
  );
  const save = (e: FormEvent) => {
    e.preventDefault();
    update.mutation.mutate({ displayName, role, scope });
  };
  return (
    <section className="panel" aria-labelledby="edit-title" data-testid="account-edit">
      <h2 id="edit-title">{t('accounts.editTitle', { username: account.username })}</h2>
      <form className="form" onSubmit={save} noValidate>
        <label className="field">
          <span>{t('accounts.displayName')}</span>
          <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </label>
        <ScopeFields
          role={role}
          scope={scope}
          onChange={(r, s) => {
            setRole(r);
            setScope(s);
          }}
        />
        <FormStatus error={update.mutation.error} ok={update.ok} />
        <button
          type="submit"
          className="button button--primary"
          disabled={update.mutation.isPending}
        >
          {t('accounts.save')}
        </button>{' '}
        <button
          type="button"
          className="button"
          data-testid="account-toggle"
          onClick={() => update.mutation.mutate({ disabled: !account.disabled })}
        >
          {account.disabled ? t('accounts.enable') : t('accounts.disable')}
        </button>
      </form>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          reset.mutation.mutate({ password }, { onSuccess: () => setPassword('') });
        }}
      >
        <label className="field">
          <span>{t('accounts.resetLabel')}</span>
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
          />
        </label>
        <FormStatus error={reset.mutation.error} ok={reset.ok} />
        <button type="submit" className="button" disabled={reset.mutation.isPending}>
          {t('accounts.resetSave')}
        </button>{' '}
        <button type="button" className="button" onClick={onClose}>
          {t('app.close')}
        </button>
      </form>
    </section>
  );
}
