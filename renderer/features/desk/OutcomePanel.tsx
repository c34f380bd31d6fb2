import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import type { ServiceId } from '../../../shared/catalogue/ids';
import { localDay } from '../../../shared/records/ticket';
import { ADVICE_MAX } from '../../../shared/cases/events';
import { checkRoute, checkSolved, type RouteInput } from '../../../shared/cases/forms';
import { useDeskActions } from './use-desk-actions';
import { FieldError } from './FieldError';
import { DateField, SaveBar, TeamPicker, useSubmit } from './FormParts';
import { addDays } from './format';
import { useDraft, useDrafts, type DraftForm } from './drafts';
import { HomeVisitForm } from './HomeVisitForm';
import { DEFAULT_DUE_DAYS, draftKey, useScrolledIntoView, type OutcomeCase } from './outcome-form';
import { useFormProblems } from './use-form-problems';
import { DeskIcon, type DeskIconName } from './desk-icons';

type Outcome = 'solved' | 'route' | 'homeVisit';
const OUTCOMES = [
  { id: 'solved', icon: 'check', draft: 'solved' },
  { id: 'route', icon: 'forward', draft: 'route' },
  { id: 'homeVisit', icon: 'house', draft: 'visit' },
] as const satisfies readonly { id: Outcome; icon: DeskIconName; draft: DraftForm }[];

/** The outcome of first contact: solved on the spot, routed to teams, or a home visit. */
export function OutcomePanel({ of }: { of: OutcomeCase }) {
  const { t } = useTranslation();
  // A draft brought back by an unlock reopens the form it belongs to.
  const [outcome, setOutcome] = useState<Outcome | null>(() => {
    const restored = useDrafts.getState().restored;
    return OUTCOMES.find((o) => draftKey(o.draft, of.caseId) in restored)?.id ?? null;
  });
  return (
    <section className="desk-panel" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t('desk.outcome.title')}</h2>
      <div className="options options--row" role="group" aria-labelledby="outcome-title">
        {OUTCOMES.map((o) => (
          <BigButton
            key={o.id}
            pressed={outcome === o.id}
            onClick={() => setOutcome(o.id)}
            data-testid={`outcome-${o.id}`}
          >
            <DeskIcon name={o.icon} />
            {t(`desk.outcome.${o.id}`)}
          </BigButton>
        ))}
      </div>
      {outcome === 'solved' && <SolvedForm of={of} />}
      {outcome === 'route' && <RouteForm of={of} />}
      {outcome === 'homeVisit' && <HomeVisitForm of={of} />}
    </section>
  );
}

function SolvedForm({ of }: { of: OutcomeCase }) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const submit = useSubmit();
  const scrolled = useScrolledIntoView();
  const category = of.registration?.category ?? null;
  const [input, setInput] = useDraft(
    draftKey('solved', of.caseId),
    { form: 'solved', ticket: of.ticket },
    () => ({ advice: '', services: category ? [category] : ([] as ServiceId[]) }),
  );
  const checked = checkSolved(input);
  const { shown, attach, passes, invalid } = useFormProblems(
    'solved',
    checked.ok ? {} : checked.problems,
  );
  const save = () => {
    if (!passes() || !checked.ok) return;
    void submit.run(() => actions.record(of.caseId, 'solvedOnSpot', checked.value));
  };
  return (
    <div className="desk-subform" ref={scrolled}>
      <div ref={attach}>
        <label className="field">
          <span>{t('desk.outcome.advice')}</span>
          <textarea
            className="text-input"
            rows={3}
            value={input.advice}
            onChange={(e) => setInput((s) => ({ ...s, advice: e.target.value }))}
            {...invalid('advice')}
            data-testid="solved-advice"
          />
        </label>
        <FieldError form="solved" field="advice" problem={shown.advice} max={ADVICE_MAX} />
        <TeamPicker
          form="solved"
          label={t('desk.outcome.servicesGiven')}
          selected={input.services}
          multiple
          onChange={(services) => setInput((s) => ({ ...s, services }))}
          problem={shown.services}
        />
      </div>
      <SaveBar
        error={submit.error}
        disabled={submit.saving}
        onSave={save}
        testId="solved-save"
        label={t('desk.outcome.saveSolved')}
      />
    </div>
  );
}

function RouteForm({ of }: { of: OutcomeCase }) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const submit = useSubmit();
  const scrolled = useScrolledIntoView();
  const today = localDay(new Date());
  const category = of.registration?.category ?? null;
  const [input, setInput] = useDraft<RouteInput>(
    draftKey('route', of.caseId),
    { form: 'route', ticket: of.ticket },
    () => ({
      teams: category ? [category] : [],
      dueDate: addDays(today, DEFAULT_DUE_DAYS),
      sessionDate: '',
      sessionTime: '',
    }),
  );
  const update = (patch: Partial<RouteInput>) => setInput((s) => ({ ...s, ...patch }));
  const checked = checkRoute(input, today);
  const { shown, attach, passes } = useFormProblems('route', checked.ok ? {} : checked.problems);
  const joint = input.teams.length >= 2;
  const save = () => {
    if (!passes() || !checked.ok) return;
    void submit.run(() => actions.record(of.caseId, 'routed', checked.value));
  };
  return (
    <div className="desk-subform" ref={scrolled}>
      <div ref={attach}>
        <TeamPicker
          form="route"
          label={t('desk.outcome.teams')}
          selected={input.teams}
          multiple
          onChange={(teams) => update({ teams })}
          problem={shown.teams}
        />
        {joint && (
          <p className="desk-note" data-testid="route-joint">
            <DeskIcon name="people" />
            {t('desk.outcome.jointNote', { n: input.teams.length })}
          </p>
        )}
        <DateField
          form="route"
          field="dueDate"
          label={t('desk.outcome.dueDate')}
          value={input.dueDate}
          min={today}
          onChange={(dueDate) => update({ dueDate })}
          problem={shown.dueDate}
        />
        {joint && (
          <fieldset className="form-section">
            <legend>{t('desk.outcome.session')}</legend>
            <DateField
              form="route"
              field="sessionDate"
              label={t('desk.outcome.sessionDate')}
              value={input.sessionDate}
              min={today}
              onChange={(sessionDate) => update({ sessionDate })}
              problem={shown.sessionDate}
            />
            <DateField
              type="time"
              form="route"
              field="sessionTime"
              label={t('desk.outcome.sessionTime')}
              value={input.sessionTime}
              onChange={(sessionTime) => update({ sessionTime })}
              problem={shown.sessionTime}
            />
          </fieldset>
        )}
      </div>
      <SaveBar
        error={submit.error}
        disabled={submit.saving}
        onSave={save}
        testId="route-save"
        label={joint ? t('desk.outcome.saveJoint') : t('desk.outcome.saveRoute')}
      />
    </div>
  );
}
