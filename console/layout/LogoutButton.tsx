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
      // Nothing of the session stays in memory after it ends.
      client.clear();
      void client.invalidateQueries();
    },
  });
  return (
    <button type="button" className="button" onClick={() => logout.mutate()} data-testid="logout">
      {t('nav.logout')}
    </button>
  );
}
