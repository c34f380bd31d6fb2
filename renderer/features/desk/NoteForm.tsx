import { useTranslation } from 'react-i18next';
import { NOTE_MAX } from '../../../shared/cases/events';
import { useDeskActions } from './use-desk-actions';
import { SaveBar, useSubmit } from './FormParts';
import { useDraft } from './drafts';

/** A note on the case's history (visible to the teams at the hub). */
export function NoteForm({ caseId, ticket }: { caseId: string; ticket: string | null }) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const submit = useSubmit();
  const [text, setText] = useDraft(`note:${caseId}`, { form: 'note', ticket }, () => '');
  const save = () =>
    void submit.run(async () => {
      const result = await actions.record(caseId, 'note', { text });
      if (result.ok) setText('');
      return result;
    });
  return (
    <section className="desk-panel" aria-labelledby="note-title">
      <h2 id="note-title">{t('desk.note.title')}</h2>
      <label className="field">
        <span className="sr-only">{t('desk.note.title')}</span>
        <textarea
          className="text-input"
          rows={2}
          maxLength={NOTE_MAX}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="note-text"
        />
      </label>
      <SaveBar
        error={submit.error}
        disabled={text.trim() === '' || submit.saving}
        onSave={save}
        testId="note-save"
        label={t('desk.note.save')}
        primary={false}
      />
    </section>
  );
}
