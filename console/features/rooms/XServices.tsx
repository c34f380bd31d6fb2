import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../ui/States';
import { useRoomChange } from './use-room-change';
import { BothLanguages } from './text-fields';
import { apiPath } from '../../../shared/console/access';
import { RoomChanged, RoomUpdateRequest } from '../../../shared/console/rooms';
import type { LocalText, SiteSettings } from '../../../shared/sync/content';

const EMPTY: LocalText = { 'zh-CN': '', en: '' };

/**
 * The room's own "X" services (自选式, at most 12): an id, a name in both languages and a
 * one-line summary. Saved with the room's settings, as `site set` does.
 */
export function XServices({ settings }: { settings: SiteSettings }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [list, setList] = useState(settings.xServices);
  const [id, setId] = useState('');
  const [name, setName] = useState<LocalText>(EMPTY);
  const [summary, setSummary] = useState<LocalText>(EMPTY);
  const { mutation, ok } = useRoomChange({
    path: () => apiPath('rooms.update', { siteId: settings.siteId }),
    request: RoomUpdateRequest,
    answer: RoomChanged,
    siteId: settings.siteId,
    done: t('rooms.saved'),
  });
  const add = (e: FormEvent) => {
    e.preventDefault();
    const hasSummary = summary['zh-CN'].trim() !== '' || summary.en.trim() !== '';
    const next = [...list, { id: `x:${id.trim()}`, name, ...(hasSummary ? { summary } : {}) }];
    mutation.mutate(
      { ...settings, xServices: next },
      {
        onSuccess: () => {
          setList(next);
          setId('');
          setName(EMPTY);
          setSummary(EMPTY);
        },
      },
    );
  };
  const remove = (xId: string) => {
    const next = list.filter((x) => x.id !== xId);
    mutation.mutate({ ...settings, xServices: next }, { onSuccess: () => setList(next) });
  };
  return (
    <section className="panel" aria-labelledby="x-title" data-testid="x-services">
      <h2 id="x-title">{t('x.title')}</h2>
      <p>{t('x.lead')}</p>
      {list.length === 0 ? (
        <p>{t('x.none')}</p>
      ) : (
        <ul className="x-list">
          {list.map((x) => (
            <li key={x.id}>
              <strong>{x.name[locale]}</strong> ({x.id}){x.summary ? `: ${x.summary[locale]}` : ''}{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => remove(x.id)}
                aria-label={t('x.remove', { name: x.name[locale] })}
              >
                {t('rota.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={add} noValidate aria-labelledby="x-add-title">
        <h3 id="x-add-title">{t('x.add')}</h3>
        <label className="field">
          <span>{t('x.id')}</span>
          <input
            value={id}
            maxLength={40}
            onChange={(e) => setId(e.target.value)}
            aria-describedby="x-id-hint"
            data-testid="x-id"
          />
        </label>
        <p id="x-id-hint" className="hint">
          {t('x.idHint')}
        </p>
        <BothLanguages label={t('x.name')} value={name} onChange={setName} testId="x-name" />
        <BothLanguages
          label={t('x.summary')}
          value={summary}
          onChange={setSummary}
          testId="x-summary"
          max={120}
        />
        <FormStatus error={mutation.error} ok={ok} />
        <button type="submit" className="button" disabled={mutation.isPending} data-testid="x-save">
          {t('x.save')}
        </button>
      </form>
    </section>
  );
}
