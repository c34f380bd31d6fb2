import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { useSession } from '../session/session-store';
import { saveSuggestionLazily } from '../../db/resident-saves';
import { requestSync } from '../../sync/sync-signal';
import type { SaveError } from '../../db/save-errors';
import { BigButton } from '../../ui/BigButton';
import { ActionBar } from '../../ui/ActionBar';

export const SUGGESTION_MAX = 500;

/** 解忧法空间: an anonymous suggestion, kept like an intake but with nothing to identify anyone. */
export function SuggestionScreen() {
  const { t } = useTranslation();
  const { records } = useKiosk();
  const reset = useSession((s) => s.reset);
  const goTo = useSession((s) => s.goTo);
  const [text, setText] = useState('');
  const [error, setError] = useState<SaveError | null>(null);
  const [saving, setSaving] = useState(false);
  const length = [...text].length;

  const submit = async () => {
    setSaving(true);
    const result = await saveSuggestionLazily(records, text);
    setSaving(false);
    if (!result.ok) return setError(result.error);
    requestSync('record-created');
    setText('');
    goTo('suggestionThanks');
  };

  return (
    <div className="screen suggestion-screen">
      <h1>{t('suggestion.title')}</h1>
      <p className="screen__lead">{t('suggestion.lead')}</p>
      <p data-testid="suggestion-what-happens">{t('suggestion.whatHappens')}</p>
      <label className="field">
        <span>{t('suggestion.label')}</span>
        <textarea
          className="text-input"
          rows={5}
          value={text}
          maxLength={SUGGESTION_MAX}
          onChange={(e) => setText(e.target.value)}
          data-testid="suggestion-text"
        />
      </label>
      <p className="field__count" aria-live="polite">
        {t('suggestion.count', { count: length, max: SUGGESTION_MAX })}
      </p>
      {error && (
        <p role="alert" className="error">
          {t(`save.error.${error}`)}
        </p>
      )}
      <ActionBar onStartOver={reset}>
        <BigButton
          variant="primary"
          disabled={text.trim() === '' || saving}
          onClick={() => void submit()}
          data-testid="suggestion-submit"
        >
          {t('suggestion.submit')}
        </BigButton>
      </ActionBar>
    </div>
  );
}

export function SuggestionThanks() {
  const { t } = useTranslation();
  const reset = useSession((s) => s.reset);
  return (
    <div className="screen">
      <h1 data-testid="suggestion-thanks">{t('suggestion.thanks')}</h1>
      <p className="screen__lead">{t('suggestion.thanksNext')}</p>
      <ActionBar>
        <BigButton variant="primary" onClick={reset} data-testid="suggestion-done">
          {t('ticket.done')}
        </BigButton>
      </ActionBar>
    </div>
  );
}
