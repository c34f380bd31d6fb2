import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import type { ServiceId } from '../../../shared/catalogue/ids';
import type { CaseView } from '../../../shared/cases/derive';
import type { SaveError } from '../../db/save-errors';
import type { SaveResult } from '../../db/records';
import { useTeamChoices } from './use-team-choices';
import { FieldError } from './FieldError';
import { fieldErrorId, type AnyProblem } from './problem-text';

/** Pieces the desk's small forms share. */

/** Saving state for one form: busy while saving, the error if it failed. */
export function useSubmit() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<SaveError | null>(null);
  const run = async (save: () => Promise<SaveResult<CaseView>>) => {
    setSaving(true);
    const result = await save();
    setSaving(false);
    setError(result.ok ? null : result.error);
  };
  return { saving, error, run };
}

export function SaveErrorLine({ error }: { error: SaveError | null }) {
  const { t } = useTranslation();
  return error ? (
    <p role="alert" className="error">
      {t(`save.error.${error}`)}
    </p>
  ) : null;
}

/** The save error (if any) and the form's save button, the same at the foot of every desk form. */
export function SaveBar({
  error,
  disabled,
  onSave,
  testId,
  label,
  primary = true,
}: {
  error: SaveError | null;
  disabled: boolean;
  onSave: () => void;
  testId: string;
  label: string;
  primary?: boolean;
}) {
  return (
    <>
      <SaveErrorLine error={error} />
      <div className="actions">
        <BigButton
          variant={primary ? 'primary' : 'secondary'}
          disabled={disabled}
          onClick={onSave}
          data-testid={testId}
        >
          {label}
        </BigButton>
      </div>
    </>
  );
}

/**
 * The six services and the site's X services to choose from: the teams a case goes to, or the
 * service given on the spot (`label` says which).
 */
export function TeamPicker({
  form,
  label,
  selected,
  multiple,
  onChange,
  problem,
}: {
  form: string;
  label: string;
  selected: ServiceId[];
  multiple: boolean;
  onChange: (next: ServiceId[]) => void;
  problem: AnyProblem | undefined;
}) {
  const teams = useTeamChoices();
  const labelId = `${form}-teams-label`;
  return (
    <>
      <p className="field__label" id={labelId}>
        {label}
      </p>
      <div
        className="options options--wrap"
        role="group"
        aria-labelledby={labelId}
        aria-describedby={problem ? fieldErrorId(form, 'teams') : undefined}
        data-invalid={problem ? 'true' : undefined}
      >
        {teams.ids.map((id) => (
          <BigButton
            key={id}
            pressed={selected.includes(id)}
            onClick={() =>
              onChange(
                multiple
                  ? selected.includes(id)
                    ? selected.filter((x) => x !== id)
                    : [...selected, id]
                  : [id],
              )
            }
            data-testid={`${form}-team-${id}`}
          >
            {teams.name(id)}
          </BigButton>
        ))}
      </div>
      <FieldError form={form} field="teams" problem={problem} />
    </>
  );
}

/** A date field (or, with `type="time"`, a clock time), its label and its message. */
export function DateField({
  type = 'date',
  form,
  field,
  label,
  value,
  min,
  onChange,
  problem,
}: {
  type?: 'date' | 'time';
  form: string;
  field: string;
  label: string;
  value: string;
  min?: string;
  onChange: (value: string) => void;
  problem: AnyProblem | undefined;
}) {
  return (
    <>
      <label className="field">
        <span>{label}</span>
        <input
          type={type}
          className="text-input"
          value={value}
          min={min}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? fieldErrorId(form, field) : undefined}
          data-testid={`${form}-${field}`}
        />
      </label>
      <FieldError form={form} field={field} problem={problem} />
    </>
  );
}
