import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import { queries } from '../../api/queries';
import { FormProblem, FormStatus } from '../../ui/States';
import { apiPath } from '../../../shared/console/access';
import { NOTE_MAX, RESULT_MAX } from '../../../shared/cases/events';
import {
  REASON_MAX,
  TeamActionRequest,
  type TeamActionType,
} from '../../../shared/console/requests';
import { TeamActionResult, type CaseDetail } from '../../../shared/console/views';
import { uuidv7 } from '../../../shared/ids';

type Form = 'teamProgress' | 'teamResolved' | 'teamHandedBack';
const FIELD: Record<
  Form,
  { label: string; save: string; max: number; key: 'note' | 'result' | 'reason' }
> = {
  teamProgress: {
    label: 'act.progressLabel',
    save: 'act.progressSave',
    max: NOTE_MAX,
    key: 'note',
  },
  teamResolved: {
    label: 'act.resultLabel',
    save: 'act.resolveSave',
    max: RESULT_MAX,
    key: 'result',
  },
  teamHandedBack: {
    label: 'act.reasonLabel',
    save: 'act.handBackSave',
    max: REASON_MAX,
    key: 'reason',
  },
};

/**
 * Accept, add progress, resolve with the result, hand back with a reason. Each action carries an
 * id made when the form opens, so a retry after a lost answer is stored once. When the hub refuses
 * (a colleague resolved it meanwhile, or the session ended), the case is read again and the words
 * typed stay in the box.
 */
export function TeamActions({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState<Form | null>(null);
  const [text, setText] = useState('');
  const [id, setId] = useState(() => uuidv7());
  const [problem, setProblem] = useState<string | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: (body: TeamActionRequest) =>
      api.post(apiPath('team.act', { caseId: detail.caseId }), TeamActionResult, body),
    onSuccess: (result) => {
      client.setQueryData(queries.teamCase(detail.caseId).queryKey, result.case);
      void client.invalidateQueries({ queryKey: ['team-cases'] });
      void client.invalidateQueries({ queryKey: ['live'] });
      setOk(result.status === 'stored' ? t('act.saved') : t('act.duplicate'));
      setForm(null);
      setText('');
      setId(uuidv7());
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void client.invalidateQueries({ queryKey: queries.teamCase(detail.caseId).queryKey });
    },
  });
  const mine = detail.mine;
  if (!mine) return null;

  const open = (next: Form) => {
    setForm(next);
    setProblem(null);
    setOk(null);
    act.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    const field = FIELD[form];
    if (text.trim() === '') return setProblem(t('act.required'));
    if ([...text.trim()].length > field.max)
      return setProblem(t('act.tooLong', { max: field.max }));
    const parsed = TeamActionRequest.safeParse({ id, type: form, [field.key]: text });
    if (!parsed.success) return setProblem(t('error.bad_request'));
    setProblem(null);
    act.mutate(parsed.data);
  };
  const simple = (type: TeamActionType) => act.mutate({ id, type } as TeamActionRequest);

  return (
    <section className="panel" aria-labelledby="act-title" data-testid="team-actions">
      <h2 id="act-title">{t('act.title')}</h2>
      <p data-testid="my-stage">{t('act.stage', { stage: t(`stage.${mine.stage}`) })}</p>
      {!mine.canAct ? (
        <p className="note" data-testid="cannot-act">
          {mine.stage === 'resolved'
            ? t('act.done')
            : mine.handedBack
              ? t('act.handedBack')
              : t('act.closed')}
        </p>
      ) : (
        <div className="actions">
          {mine.stage === 'routed' && (
            <button
              type="button"
              className="button button--primary"
              disabled={act.isPending}
              onClick={() => simple('teamAccepted')}
              data-testid="act-accept"
            >
              {t('act.accept')}
            </button>
          )}
          <button
            type="button"
            className="button"
            aria-expanded={form === 'teamProgress'}
            onClick={() => open('teamProgress')}
            data-testid="act-progress"
          >
            {t('act.progress')}
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={form === 'teamResolved'}
            onClick={() => open('teamResolved')}
            data-testid="act-resolve"
          >
            {t('act.resolve')}
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={form === 'teamHandedBack'}
            onClick={() => open('teamHandedBack')}
            data-testid="act-handback"
          >
            {t('act.handBack')}
          </button>
        </div>
      )}
      {form && (
        <form className="form" onSubmit={submit} noValidate>
          <label className="field">
            <span>{t(FIELD[form].label)}</span>
            <textarea
              rows={5}
              value={text}
              onChange={(e) => setText(e.target.value)}
              data-testid="act-text"
            />
          </label>
          <p className="hint" aria-live="polite">
            {t('act.chars', { count: [...text.trim()].length, max: FIELD[form].max })}
          </p>
          <FormProblem text={problem} />
          <button
            type="submit"
            className="button button--primary"
            disabled={act.isPending}
            data-testid="act-save"
          >
            {act.isPending ? t('act.busy') : t(FIELD[form].save)}
          </button>{' '}
          <button type="button" className="button" onClick={() => setForm(null)}>
            {t('app.cancel')}
          </button>
        </form>
      )}
      <FormStatus error={act.error} ok={ok} />
    </section>
  );
}
