import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { localIso } from '../../../shared/records/ticket';
import { NOTE_MAX, REPORT_CHANNELS } from '../../../shared/cases/events';
import { checkReport, type ReportInput } from '../../../shared/cases/forms';
import { useDeskActions } from './use-desk-actions';
import { FieldError } from './FieldError';
import { fieldErrorId } from './problem-text';
import { SaveErrorLine, useSubmit } from './FormParts';
import { useDraft } from './drafts';
import { useFormProblems } from './use-form-problems';
import { CloseConfirm } from './CloseConfirm';

/**
 * 信息反馈: record how and when the resident was told the result, and usually close the case in
 * the same step (after a confirmation). "By phone" is offered only when there is a number to call.
 */
export function ReportBackForm({
  caseId,
  ticket,
  hasPhone,
}: {
  caseId: string;
  ticket: string | null;
  hasPhone: boolean;
}) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const submit = useSubmit();
  const [confirming, setConfirming] = useState(false);
  // `when` stays empty unless the volunteer sets it: empty is "when this is saved".
  const [input, setInput] = useDraft<ReportInput>(
    `report:${caseId}`,
    { form: 'report', ticket },
    () => ({ how: null, when: '', note: '' }),
  );
  const update = (patch: Partial<ReportInput>) => setInput((s) => ({ ...s, ...patch }));
  const checked = checkReport(input, new Date());
  const { shown, attach, passes, invalid } = useFormProblems(
    'report',
    checked.ok ? {} : checked.problems,
  );
  const channels = REPORT_CHANNELS.filter((how) => how !== 'phone' || hasPhone);

  /** The report as it stands at the moment of saving (an empty time is now). */
  const body = () => {
    const now = checkReport(input, new Date());
    if (!now.ok) return null;
    const { how, when, note } = now.value;
    return { how, reportedAt: localIso(when), note };
  };
  const saveReport = () => {
    const report = passes() ? body() : null;
    if (report) void submit.run(() => actions.record(caseId, 'resultReported', report));
  };
  const saveAndClose = () => {
    const report = body();
    setConfirming(false);
    if (report) void submit.run(() => actions.reportAndClose(caseId, report));
  };

  return (
    <section className="desk-panel" aria-labelledby="report-title" ref={attach}>
      <h2 id="report-title">{t('desk.report.title')}</h2>
      <p>{t('desk.report.lead')}</p>
      <p className="field__label" id="report-how-label">
        {t('desk.report.how')}
      </p>
      <div
        className="options options--row"
        role="group"
        aria-labelledby="report-how-label"
        aria-describedby={shown.how ? fieldErrorId('report', 'how') : undefined}
        data-invalid={shown.how ? 'true' : undefined}
      >
        {channels.map((how) => (
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
      <FieldError form="report" field="how" problem={shown.how} />
      <label className="field">
        <span>{t('desk.report.when')}</span>
        <input
          type="datetime-local"
          className="text-input"
          value={input.when}
          onChange={(e) => update({ when: e.target.value })}
          {...invalid('when')}
          data-testid="report-when"
        />
      </label>
      <FieldError form="report" field="when" problem={shown.when} />
      <label className="field">
        <span>{t('desk.report.note')}</span>
        <input
          className="text-input"
          value={input.note}
          onChange={(e) => update({ note: e.target.value })}
          {...invalid('note')}
          data-testid="report-note"
        />
      </label>
      <FieldError form="report" field="note" problem={shown.note} max={NOTE_MAX} />
      <SaveErrorLine error={submit.error} />
      <div className="actions">
        <BigButton
          variant="primary"
          disabled={submit.saving}
          onClick={() => passes() && setConfirming(true)}
          data-testid="report-save-close"
        >
          {t('desk.report.saveAndClose')}
        </BigButton>
        <BigButton disabled={submit.saving} onClick={saveReport} data-testid="report-save">
          {t('desk.report.save')}
        </BigButton>
      </div>
      {confirming && (
        <CloseConfirm onConfirm={saveAndClose} onCancel={() => setConfirming(false)} />
      )}
    </section>
  );
}
