import type { AnyProblem } from './problem-text';
import { fieldErrorId, useProblemText } from './problem-text';

/** The words under a field that did not pass; nothing when it did. */
export function FieldError({
  form,
  field,
  problem,
  max,
}: {
  form: string;
  field: string;
  problem: AnyProblem | undefined;
  max?: number;
}) {
  const text = useProblemText();
  if (!problem) return null;
  return (
    <p id={fieldErrorId(form, field)} className="error" data-testid={`${form}-${field}-error`}>
      {text(field, problem, max)}
    </p>
  );
}
