import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';
import { FormStatus } from '../../ui/States';
import { apiPath } from '../../../shared/console/access';
import type { MeetingView } from '../../../shared/screening/meeting';

/** Petitions (信访) entered by hand: where and what, never who. */
export function PetitionsSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { street, month } = meeting;
  const [community, setCommunity] = useState('');
  const [summary, setSummary] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api.post(apiPath('screening.petition', { street, month }), z.object({ id: z.number() }), {
        community,
        topic: null,
        summary,
      }),
    onSuccess: () => {
      setCommunity('');
      setSummary('');
      void client.invalidateQueries({ queryKey: ['screening-meeting', street, month] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <section aria-labelledby="petitions-title">
      <h2 id="petitions-title">{t('screening.petitions.title')}</h2>
      <p>{t('screening.petitions.lead')}</p>
      {meeting.petitions.length > 0 && (
        <ul data-testid="petitions">
          {meeting.petitions.map((p) => (
            <li key={p.id}>
              {p.community ? `${p.community}：` : ''}
              {p.summary}
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit}>
        <label className="field field--inline">
          <span>{t('screening.field.community')}</span>
          <input
            maxLength={40}
            value={community}
            onChange={(e) => setCommunity(e.target.value)}
            data-testid="petition-community"
          />
        </label>
        <label className="field">
          <span>{t('screening.petitions.summary')}</span>
          <textarea
            required
            maxLength={300}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            data-testid="petition-summary"
          />
        </label>
        <button
          type="submit"
          className="button"
          disabled={add.isPending}
          data-testid="petition-add"
        >
          {t('screening.petitions.add')}
        </button>
        <FormStatus error={add.error} ok={null} />
      </form>
    </section>
  );
}
