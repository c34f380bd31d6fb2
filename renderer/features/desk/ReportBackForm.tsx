import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { localIso } from '../../../shared/records/ticket';
import { NOTE_MAX, REPORT_CHANNELS } from '../../../shared/cases/events';
import { checkReport, type ReportField, type ReportInput } from '../../../shared/cases/forms';
import { useDeskActions } from './use-desk-actions';
import { FieldError } from './FieldError';
import { fieldErrorId, type AnyProblem } from './problem-text';
import { SaveBar, useSubmit } from './FormParts';
import { toLocalDateTimeField } from './format';

/** 信息反馈: record how and when the resident was told the result. Closing needs this first. */
export function ReportBackForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const submit = useSubmit();
  const [input, setInput] = useState<ReportInput>(() => ({
    how: null,
    when: toLocalDateTimeField(new Date()),
    note: '',
  }));
  const [problems, setProblems] = useState<Partial<Record<ReportField, AnyProblem>>>({});
  const update = (patch: Partial<ReportInput>) => setInput((s) => ({ ...s, ...patch }));
  const save = () => {
    const checked = checkReport(input, new Date());
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    const { how, when, note } = checked.value;
    void submit.run(() =>
      actions.record(caseId, 'resultReported', { how, reportedAt: localIso(when), note }),
    );
  };
  return (
    <section className="desk-panel" aria-labelledby="report-title">
      <h2 id="report-title">{t('desk.report.title')}</h2>
      <p>{t('desk.report.lead')}</p>
      <p className="field__label" id="report-how-label">
        {t('desk.report.how')}
      </p>
      <div
        className="options options--row"
        role="group"
        aria-labelledby="report-how-label"
        aria-describedby={problems.how ? fieldErrorId('report', 'how') : undefined}
      >
        {REPORT_CHANNELS.map((how) => (
          <BigButton
            key={how}
            pressed={input.how === how}
            onClick={() => update({ how })}
            data-testid={`report-how-${how}`}
          >
            {t(`desk.reportHow.${how}`)}
          </BigButton>
        ))}
      </div>
      <FieldError form="report" field="how" problem={problems.how} />
      <label className="field">
        <span>{t('desk.report.when')}</span>
        <input
          type="datetime-local"
          className="text-input"
          value={input.when}
          onChange={(e) => update({ when: e.target.value })}
          aria-invalid={problems.when !== undefined}
          aria-describedby={problems.when ? fieldErrorId('report', 'when') : undefined}
          data-testid="report-when"
        />
      </label>
      <FieldError form="report" field="when" problem={problems.when} />
      <label className="field">
        <span>{t('desk.report.note')}</span>
        <input
          className="text-input"
          value={input.note}
          onChange={(e) => update({ note: e.target.value })}
          aria-invalid={problems.note !== undefined}
          data-testid="report-note"
        />
      </label>
      <FieldError form="report" field="note" problem={problems.note} max={NOTE_MAX} />
      <SaveBar
        error={submit.error}
        disabled={submit.saving}
        onSave={save}
        testId="report-save"
        label={t('desk.report.save')}
      />
    </section>
  );
}
