import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, setCsrfToken } from '../api/client';
import { apiPath } from '../../shared/console/access';

export function LogoutButton() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const logout = useMutation({
    mutationFn: () => api.post(apiPath('session.logout'), z.object({ ok: z.boolean() }), {}),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      // A fresh page: nothing of the session (cases read, forms) stays in memory after it ends.
      window.location.assign(import.meta.env.BASE_URL);
    },
  });
  return (
    <button type="button" className="button" onClick={() => logout.mutate()} data-testid="logout">
      {t('nav.logout')}
    </button>
  );
}
