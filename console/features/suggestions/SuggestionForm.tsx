import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { FormProblem, FormStatus } from '../../ui/States';
import { apiPath } from '../../../shared/console/access';
import { SuggestionUpdateRequest } from '../../../shared/console/requests';
import { SuggestionUpdated, type SuggestionRow } from '../../../shared/console/views';
import { SUGGESTION_REPLY_MAX, SUGGESTION_TOPICS } from '../../../shared/suggestions/topics';

/**
 * Handle one suggestion: tag its topic, reply (on the room's notice board only if ticked: the
 * resident left no contact, so the board is the only way back), close or reopen it.
 */
export function SuggestionForm({ row, onDone }: { row: SuggestionRow; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [topic, setTopic] = useState(row.topic ?? '');
  const [reply, setReply] = useState(row.reply ?? '');
  const [replyPublic, setReplyPublic] = useState(row.replyPublic);
  const [ok, setOk] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: SuggestionUpdateRequest) =>
      api.post(apiPath('suggestions.update', { suggestionId: row.id }), SuggestionUpdated, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['suggestions'] });
      setOk(t('suggestions.saved'));
    },
  });
  const send = (closed?: boolean) => {
    const text = reply.trim();
    if ([...text].length > SUGGESTION_REPLY_MAX)
      return setProblem(t('act.tooLong', { max: SUGGESTION_REPLY_MAX }));
    const parsed = SuggestionUpdateRequest.safeParse({
      topic: topic === '' ? null : topic,
      reply: text === '' ? null : text,
      replyPublic: replyPublic && text !== '',
      ...(closed === undefined ? {} : { closed }),
    });
    if (!parsed.success) return setProblem(t('error.bad_request'));
    setProblem(null);
    setOk(null);
    save.mutate(parsed.data);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send();
  };
  return (
    <section
      className="panel"
      aria-labelledby="suggestion-form-title"
      data-testid="suggestion-form"
    >
      <h2 id="suggestion-form-title">{t('suggestions.handle')}</h2>
      <blockquote className="quote" data-testid="suggestion-quote">
        {row.text}
      </blockquote>
      <form className="form" onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('suggestions.topic')}</span>
          <select
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
            data-testid="suggestion-topic"
          >
            <option value="">{t('suggestions.topics.untagged')}</option>
            {SUGGESTION_TOPICS.map((k) => (
              <option key={k} value={k}>
                {t(`suggestions.topics.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('suggestions.reply')}</span>
          <textarea
            rows={4}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
            data-testid="suggestion-reply"
          />
        </label>
        <p className="hint" aria-live="polite">
          {t('act.chars', { count: [...reply.trim()].length, max: SUGGESTION_REPLY_MAX })}
        </p>
        <label className="field field--check">
          <input
            type="checkbox"
            checked={replyPublic}
            onChange={(e) => setReplyPublic(e.target.checked)}
            data-testid="suggestion-public"
          />
          <span>{t('suggestions.replyPublic')}</span>
        </label>
        <FormProblem text={problem} />
        <div className="actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={save.isPending}
            data-testid="suggestion-save"
          >
            {t('suggestions.save')}
          </button>
          <button
            type="button"
            className="button"
            disabled={save.isPending}
            onClick={() => send(row.status !== 'closed')}
            data-testid="suggestion-close"
          >
            {row.status === 'closed' ? t('suggestions.reopen') : t('suggestions.saveClose')}
          </button>
          <button type="button" className="button" onClick={onDone}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
      <FormStatus error={save.error} ok={ok} />
    </section>
  );
}
