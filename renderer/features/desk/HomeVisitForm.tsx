import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { HOME_VISIT_REASONS } from '../../../shared/catalogue/ids';
import { localDay } from '../../../shared/records/ticket';
import { ADDRESS_MAX } from '../../../shared/cases/events';
import { checkHomeVisit, type HomeVisitInput } from '../../../shared/cases/forms';
import { useDeskActions } from './use-desk-actions';
import { FieldError } from './FieldError';
import { DateField, SaveBar, TeamPicker, useSubmit } from './FormParts';
import { addDays } from './format';
import { useDraft } from './drafts';
import { useFormProblems } from './use-form-problems';
import { DEFAULT_DUE_DAYS, draftKey, useScrolledIntoView, type OutcomeCase } from './outcome-form';

/**
 * 上门服务: which team visits, why (the reason the resident gave carries over), the day, an
 * agreed time, and the address (only with the resident's consent).
 */
export function HomeVisitForm({ of }: { of: OutcomeCase }) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const submit = useSubmit();
  const scrolled = useScrolledIntoView();
  const today = localDay(new Date());
  const reg = of.registration;
  const consented = reg?.consent.general === true;
  const [input, setInput] = useDraft<HomeVisitInput>(
    draftKey('visit', of.caseId),
    { form: 'visit', ticket: of.ticket },
    () => ({
      team: reg?.category ?? null,
      // The reason the resident gave at the kiosk (or at registration) carries over.
      reason: reg?.homeVisit?.reason ?? null,
      visitBy: addDays(today, DEFAULT_DUE_DAYS),
      time: '',
      address: '',
      consented,
    }),
  );
  const update = (patch: Partial<HomeVisitInput>) => setInput((s) => ({ ...s, ...patch }));
  const checked = checkHomeVisit(input, today);
  const { shown, attach, passes, invalid } = useFormProblems(
    'visit',
    checked.ok ? {} : checked.problems,
  );
  const save = () => {
    if (!passes() || !checked.ok) return;
    void submit.run(() => actions.record(of.caseId, 'homeVisitArranged', checked.value));
  };
  return (
    <div className="desk-subform" ref={scrolled}>
      <div ref={attach}>
        <TeamPicker
          form="visit"
          label={t('desk.outcome.team')}
          selected={input.team ? [input.team] : []}
          multiple={false}
          onChange={([team]) => update({ team: team ?? null })}
          problem={shown.team}
        />
        <p className="field__label" id="visit-reason-label">
          {t('desk.outcome.visitReason')}
        </p>
        <div
          className="options options--wrap"
          role="group"
          aria-labelledby="visit-reason-label"
          data-invalid={shown.reason ? 'true' : undefined}
        >
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
        <FieldError form="visit" field="reason" problem={shown.reason} />
        <DateField
          form="visit"
          field="visitBy"
          label={t('desk.outcome.visitBy')}
          value={input.visitBy}
          min={today}
          onChange={(visitBy) => update({ visitBy })}
          problem={shown.visitBy}
        />
        <DateField
          type="time"
          form="visit"
          field="time"
          label={t('desk.outcome.visitTime')}
          value={input.time}
          onChange={(time) => update({ time })}
          problem={shown.time}
        />
        {consented ? (
          <>
            <label className="field">
              <span>{t('desk.outcome.visitAddress')}</span>
              <input
                className="text-input"
                value={input.address}
                maxLength={ADDRESS_MAX + 20}
                autoComplete="off"
                onChange={(e) => update({ address: e.target.value })}
                {...invalid('address')}
                data-testid="visit-address"
              />
            </label>
            <FieldError form="visit" field="address" problem={shown.address} max={ADDRESS_MAX} />
          </>
        ) : (
          <p className="desk-note" data-testid="visit-no-address">
            {t('desk.outcome.visitNoAddress')}
          </p>
        )}
      </div>
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
