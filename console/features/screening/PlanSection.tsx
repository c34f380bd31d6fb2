import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';
import { FormStatus } from '../../ui/States';
import { apiPath } from '../../../shared/console/access';
import {
  PLAN_KINDS,
  type MeetingView,
  type PlanItemRequest,
} from '../../../shared/screening/meeting';
import { useTopics } from './use-topics';

const Created = z.object({ id: z.number() });

/** 一案一策: the plan's items (owner, date), each of which can become the rooms' monthly theme. */
export function PlanSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { street, month } = meeting;
  const { topicName } = useTopics();
  const refresh = () =>
    void client.invalidateQueries({ queryKey: ['screening-meeting', street, month] });
  const blank: PlanItemRequest = {
    kind: 'activity',
    title: '',
    owner: '',
    date: `${month}-18`,
    topic: null,
  };
  const [draft, setDraft] = useState(blank);
  const [place, setPlace] = useState('');
  const add = useMutation({
    mutationFn: (item: PlanItemRequest) =>
      api.post(apiPath('screening.plan', { street, month }), Created, item),
    onSuccess: () => {
      setDraft(blank);
      refresh();
    },
  });
  const theme = useMutation({
    mutationFn: (itemId: number) =>
      api.post(
        apiPath('screening.theme', { street, month, itemId: String(itemId) }),
        z.object({ rooms: z.array(z.string()) }),
        { place },
      ),
    onSuccess: refresh,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(draft);
  };
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t('screening.plan.title')}</h2>
      {meeting.plan.length === 0 ? (
        <p>{t('screening.plan.empty')}</p>
      ) : (
        <ul className="plan" data-testid="plan-items">
          {meeting.plan.map((item) => (
            <li key={item.id}>
              <strong>{item.title}</strong> · {t(`screening.plan.kind.${item.kind}`)} ·{' '}
              {t('screening.plan.ownerDate', { owner: item.owner, date: item.date })}
              {item.topic ? ` · ${topicName(item.topic)}` : ''}{' '}
              {item.themeAt ? (
                <span className="badge" data-testid={`plan-theme-${item.id}`}>
                  {t('screening.plan.isTheme')}
                </span>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  disabled={place.trim() === '' || theme.isPending}
                  onClick={() => theme.mutate(item.id)}
                  data-testid={`plan-make-theme-${item.id}`}
                >
                  {t('screening.plan.makeTheme')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {meeting.plan.length > 0 && (
        <label className="field field--inline">
          <span>{t('screening.plan.place')}</span>
          <input
            value={place}
            onChange={(e) => setPlace(e.target.value)}
            data-testid="plan-place"
          />
        </label>
      )}
      <FormStatus error={theme.error} ok={theme.isSuccess ? t('screening.plan.themeDone') : null} />
      <form className="form" onSubmit={submit} data-testid="plan-form">
        <label className="field field--inline">
          <span>{t('screening.plan.kindLabel')}</span>
          <select
            value={draft.kind}
            onChange={(e) =>
              setDraft({ ...draft, kind: e.target.value as PlanItemRequest['kind'] })
            }
            data-testid="plan-kind"
          >
            {PLAN_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`screening.plan.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--inline">
          <span>{t('screening.plan.itemTitle')}</span>
          <input
            required
            maxLength={80}
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            data-testid="plan-title"
          />
        </label>
        <label className="field field--inline">
          <span>{t('screening.plan.owner')}</span>
          <input
            required
            maxLength={40}
            value={draft.owner}
            onChange={(e) => setDraft({ ...draft, owner: e.target.value })}
            data-testid="plan-owner"
          />
        </label>
        <label className="field field--inline">
          <span>{t('screening.plan.date')}</span>
          <input
            type="date"
            required
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.target.value })}
            data-testid="plan-date"
          />
        </label>
        <button type="submit" className="button" disabled={add.isPending} data-testid="plan-add">
          {t('screening.plan.add')}
        </button>
        <FormStatus error={add.error} ok={null} />
      </form>
    </section>
  );
}
