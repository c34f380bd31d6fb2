import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-store';
import { BigButton } from '../../ui/BigButton';
import { SATISFACTION_TAGS, type SatisfactionTag } from '../../../shared/cases/events';
import type { SaveError } from '../../db/save-errors';
import { useDesk } from './desk-store';
import { useDeskActions } from './use-desk-actions';
import { DeskIcon } from './desk-icons';
import './desk.css';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * 服务质效评议: the resident rates the service, on the kiosk the volunteer handed over (the desk
 * is locked meanwhile). Big drawn faces with words; the words carry the meaning.
 */
export function SatisfactionScreen() {
  const { t } = useTranslation();
  const rating = useDesk((s) => s.rating);
  // The handed-over rating is for this resident only: forgotten once they are done or skip.
  const reset = () => {
    useDesk.getState().ratingDone();
    useSession.getState().reset();
  };
  const actions = useDeskActions();
  const [score, setScore] = useState<number | null>(null);
  const [tags, setTags] = useState<SatisfactionTag[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<SaveError | null>(null);
  const [thanked, setThanked] = useState(false);

  if (!rating) return null;
  if (thanked)
    return (
      <div className="screen satisfaction">
        <h1 tabIndex={-1} data-testid="satisfaction-thanks">
          {t('satisfaction.thanks')}
        </h1>
        <BigButton variant="primary" onClick={reset} data-testid="satisfaction-done">
          {t('ticket.done')}
        </BigButton>
      </div>
    );

  const submit = async () => {
    if (score === null) return;
    setSaving(true);
    const result = await actions.record(
      rating.caseId,
      'satisfaction',
      { score, tags },
      { actor: rating.volunteerId },
    );
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setThanked(true);
  };

  return (
    <div className="screen satisfaction">
      <h1 tabIndex={-1}>{t('satisfaction.title')}</h1>
      <p className="screen__lead">{t('satisfaction.lead')}</p>
      <div className="satisfaction__scores" role="group" aria-label={t('satisfaction.title')}>
        {SCORES.map((n) => (
          <BigButton
            key={n}
            className="satisfaction__score"
            pressed={score === n}
            onClick={() => setScore(n)}
            data-testid={`rate-${n}`}
          >
            <DeskIcon name={`face${n}`} className="satisfaction__face" />
            {t(`satisfaction.score.${n}`)}
          </BigButton>
        ))}
      </div>
      <p className="field__label" id="satisfaction-tags">
        {t('satisfaction.tagsTitle')}
      </p>
      <div className="options options--wrap" role="group" aria-labelledby="satisfaction-tags">
        {SATISFACTION_TAGS.map((tag) => (
          <BigButton
            key={tag}
            pressed={tags.includes(tag)}
            onClick={() =>
              setTags(tags.includes(tag) ? tags.filter((x) => x !== tag) : [...tags, tag])
            }
            data-testid={`rate-tag-${tag}`}
          >
            {t(`satisfaction.tag.${tag}`)}
          </BigButton>
        ))}
      </div>
      {error && (
        <p role="alert" className="error">
          {t(`save.error.${error}`)}
        </p>
      )}
      <div className="actions">
        <BigButton
          variant="primary"
          disabled={score === null || saving}
          onClick={() => void submit()}
          data-testid="rate-submit"
        >
          {t('satisfaction.submit')}
        </BigButton>
        <BigButton variant="quiet" onClick={reset} data-testid="rate-skip">
          {t('satisfaction.skip')}
        </BigButton>
      </div>
    </div>
  );
}
