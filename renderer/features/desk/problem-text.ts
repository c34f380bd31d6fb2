import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProblem } from '../../../shared/cases/forms';
import type { PhoneProblem } from '../../../shared/records/phone';
import type { SurnameProblem } from '../../../shared/records/surname';

export type AnyProblem = FormProblem | PhoneProblem | SurnameProblem;

/** Words for a form problem; phone and surname reuse the resident screens' wording. */
export function useProblemText(): (field: string, problem: AnyProblem, max?: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (field, problem, max) => {
      if (field === 'phone') return t(`contact.phoneProblem.${problem}`);
      if (field === 'surname') return t(`contact.surnameProblem.${problem}`);
      if (problem === 'tooLong') return t('desk.problem.tooLongMax', { max: max ?? 0 });
      return t(`desk.problem.${problem}`);
    },
    [t],
  );
}

/** A field's error line, linked to the field by id (aria-describedby). */
export function fieldErrorId(form: string, field: string): string {
  return `${form}-${field}-error`;
}
