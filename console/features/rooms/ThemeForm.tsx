import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../ui/States';
import { useRoomChange } from './use-room-change';
import { BothLanguages } from './text-fields';
import { apiPath } from '../../../shared/console/access';
import { RoomChanged, ThemeRequest, type RoomDetail } from '../../../shared/console/rooms';
import type { ThemeActivity } from '../../../shared/sync/content';

function blank(month: string): ThemeActivity {
  return {
    month,
    title: { 'zh-CN': '', en: '' },
    date: `${month}-18`,
    place: { 'zh-CN': '', en: '' },
  };
}

/**
 * The monthly theme activity (每月主题活动): its title, day and place in both languages, for this
 * month or a later one. Publishing a month's theme again replaces it.
 */
export function ThemeForm({ detail }: { detail: RoomDetail }) {
  const { t } = useTranslation();
  const { siteId } = detail.room.settings;
  const known = (month: string) => detail.themes.find((x) => x.month === month) ?? blank(month);
  const [draft, setDraft] = useState<ThemeActivity>(() => known(detail.month));
  const { mutation, ok } = useRoomChange({
    path: () => apiPath('rooms.theme', { siteId }),
    request: ThemeRequest,
    answer: RoomChanged,
    siteId,
    done: t('theme.published'),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(draft);
  };
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="theme-title">
      <h2 id="theme-title">{t('theme.title')}</h2>
      <p>{t('theme.lead')}</p>
      <label className="field">
        <span>{t('theme.month')}</span>
        <input
          type="month"
          value={draft.month}
          min={detail.month}
          onChange={(e) => e.target.value && setDraft(known(e.target.value))}
          data-testid="theme-month"
        />
      </label>
      <BothLanguages
        label={t('theme.name')}
        value={draft.title}
        onChange={(title) => setDraft({ ...draft, title })}
        testId="theme-name"
      />
      <label className="field">
        <span>{t('theme.date')}</span>
        <input
          type="date"
          value={draft.date}
          onChange={(e) => setDraft({ ...draft, date: e.target.value })}
          data-testid="theme-date"
        />
      </label>
      <BothLanguages
        label={t('theme.place')}
        value={draft.place}
        onChange={(place) => setDraft({ ...draft, place })}
        testId="theme-place"
      />
      <FormStatus error={mutation.error} ok={ok} />
      <button
        type="submit"
        className="button button--primary"
        disabled={mutation.isPending}
        data-testid="theme-save"
      >
        {t('theme.publish')}
      </button>
    </form>
  );
}
