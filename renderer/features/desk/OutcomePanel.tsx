import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { HOME_VISIT_REASONS, type ServiceId } from '../../../shared/catalogue/ids';
import { localDay } from '../../../shared/records/ticket';
import { ADVICE_MAX } from '../../../shared/cases/events';
import {
  checkHomeVisit,
  checkRoute,
  checkSolved,
  type HomeVisitInput,
  type RouteInput,
} from '../../../shared/cases/forms';
import { useDeskActions } from './use-desk-actions';
import { FieldError } from './FieldError';
import { fieldErrorId, type AnyProblem } from './problem-text';
import { DateField, SaveBar, TeamPicker, useSubmit } from './FormParts';
import { addDays } from './format';

type Outcome = 'solved' | 'route' | 'homeVisit';
const OUTCOMES = [
  { id: 'solved', glyph: '✔' },
  { id: 'route', glyph: '➜' },
  { id: 'homeVisit', glyph: '🏠' },
] as const satisfies readonly { id: Outcome; glyph: string }[];
const DEFAULT_DUE_DAYS = 7;

/** The outcome of first contact: solved on the spot, routed to teams, or a home visit. */
export function OutcomePanel({ caseId, category }: { caseId: string; category: ServiceId | null }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
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
            <Icon glyph={o.glyph} />
            {t(`desk.outcome.${o.id}`)}
          </BigButton>
        ))}
      </div>
      {outcome === 'solved' && <SolvedForm caseId={caseId} category={category} />}
      {outcome === 'route' && <RouteForm caseId={caseId} category={category} />}
      {outcome === 'homeVisit' && <HomeVisitForm caseId={caseId} category={category} />}
    </section>
  );
}

function SolvedForm({ caseId, category }: { caseId: string; category: ServiceId | null }) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const submit = useSubmit();
  const [advice, setAdvice] = useState('');
  const [services, setServices] = useState<ServiceId[]>(category ? [category] : []);
  const [problems, setProblems] = useState<Partial<Record<'advice' | 'services', AnyProblem>>>({});
  const save = () => {
    const checked = checkSolved({ advice, services });
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    void submit.run(() => actions.record(caseId, 'solvedOnSpot', checked.value));
  };
  return (
    <div className="desk-subform">
      <label className="field">
        <span>{t('desk.outcome.advice')}</span>
        <textarea
          className="text-input"
          rows={3}
          value={advice}
          onChange={(e) => setAdvice(e.target.value)}
          aria-invalid={problems.advice !== undefined}
          aria-describedby={problems.advice ? fieldErrorId('solved', 'advice') : undefined}
          data-testid="solved-advice"
        />
      </label>
      <FieldError form="solved" field="advice" problem={problems.advice} max={ADVICE_MAX} />
      <TeamPicker
        form="solved"
        selected={services}
        multiple
        onChange={setServices}
        problem={problems.services}
      />
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

function RouteForm({ caseId, category }: { caseId: string; category: ServiceId | null }) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const submit = useSubmit();
  const today = localDay(new Date());
  const [input, setInput] = useState<RouteInput>({
    teams: category ? [category] : [],
    dueDate: addDays(today, DEFAULT_DUE_DAYS),
    sessionDate: '',
    sessionTime: '',
  });
  const [problems, setProblems] = useState<
    Partial<Record<'teams' | 'dueDate' | 'sessionDate' | 'sessionTime', AnyProblem>>
  >({});
  const update = (patch: Partial<RouteInput>) => setInput((s) => ({ ...s, ...patch }));
  const joint = input.teams.length >= 2;
  const save = () => {
    const checked = checkRoute(input, today);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    void submit.run(() => actions.record(caseId, 'routed', checked.value));
  };
  return (
    <div className="desk-subform">
      <TeamPicker
        form="route"
        selected={input.teams}
        multiple
        onChange={(teams) => update({ teams })}
        problem={problems.teams}
      />
      {joint && (
        <p className="desk-note" data-testid="route-joint">
          <Icon glyph="👥" />
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
        problem={problems.dueDate}
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
            problem={problems.sessionDate}
          />
          <label className="field">
            <span>{t('desk.outcome.sessionTime')}</span>
            <input
              type="time"
              className="text-input"
              value={input.sessionTime}
              onChange={(e) => update({ sessionTime: e.target.value })}
              aria-invalid={problems.sessionTime !== undefined}
              aria-describedby={
                problems.sessionTime ? fieldErrorId('route', 'sessionTime') : undefined
              }
              data-testid="route-sessionTime"
            />
          </label>
          <FieldError form="route" field="sessionTime" problem={problems.sessionTime} />
        </fieldset>
      )}
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

function HomeVisitForm({ caseId, category }: { caseId: string; category: ServiceId | null }) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const submit = useSubmit();
  const today = localDay(new Date());
  const [input, setInput] = useState<HomeVisitInput>({
    team: category,
    reason: null,
    visitBy: addDays(today, DEFAULT_DUE_DAYS),
    time: '',
    address: '',
    consented: false,
  });
  const [problems, setProblems] = useState<
    Partial<Record<'team' | 'reason' | 'visitBy', AnyProblem>>
  >({});
  const update = (patch: Partial<HomeVisitInput>) => setInput((s) => ({ ...s, ...patch }));
  const save = () => {
    const checked = checkHomeVisit(input, today);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    void submit.run(() => actions.record(caseId, 'homeVisitArranged', checked.value));
  };
  return (
    <div className="desk-subform">
      <TeamPicker
        form="visit"
        selected={input.team ? [input.team] : []}
        multiple={false}
        onChange={([team]) => update({ team: team ?? null })}
        problem={problems.team}
      />
      <p className="field__label" id="visit-reason-label">
        {t('desk.outcome.visitReason')}
      </p>
      <div className="options options--wrap" role="group" aria-labelledby="visit-reason-label">
        {HOME_VISIT_REASONS.map((r) => (
          <BigButton
            key={r}
            pressed={input.reason === r}
            onClick={() => update({ reason: r })}
            data-testid={`visit-reason-${r}`}
          >
            {t(`contact.homeVisitReason.${r}`)}
          </BigButton>
        ))}
      </div>
      <FieldError form="visit" field="reason" problem={problems.reason} />
      <DateField
        form="visit"
        field="visitBy"
        label={t('desk.outcome.visitBy')}
        value={input.visitBy}
        min={today}
        onChange={(visitBy) => update({ visitBy })}
        problem={problems.visitBy}
      />
      <SaveBar
        error={submit.error}
        disabled={submit.saving}
        onSave={save}
        testId="visit-save"
        label={t('desk.outcome.saveVisit')}
      />
    </div>
  );
}
