import { useCallback, useEffect, useRef, useState } from 'react';
import { fieldErrorId, type AnyProblem } from './problem-text';

/** A field that did not pass: an input (aria-invalid) or a group of buttons (data-invalid). */
const INVALID = '[aria-invalid="true"], [data-invalid="true"]';

/**
 * Which problems a desk form shows. Nothing before the first save; a save with problems shows them
 * all and moves the focus to the first wrong field (in screen order). After that each message
 * follows the field as it is edited, so it goes away as soon as that field is right, while fields
 * not flagged at the last save stay quiet until the next one.
 *
 * `current` is the form's check run on what is typed now (the shared `check…` functions).
 */
export function useFormProblems<F extends string>(
  formName: string,
  current: Partial<Record<F, AnyProblem>>,
) {
  const [flagged, setFlagged] = useState<readonly F[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const container = useRef<HTMLElement | null>(null);
  // A callback ref fits any element the form is drawn in (section, div).
  const attach = useCallback((el: HTMLElement | null) => {
    container.current = el;
  }, []);

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = container.current?.querySelector<HTMLElement>(INVALID);
    const target =
      first && (first.matches('input, textarea, button') ? first : first.querySelector('button'));
    // Focusing scrolls the field into view too.
    target?.focus();
  }, [focusRequest]);

  const shown: Partial<Record<F, AnyProblem>> = {};
  for (const f of flagged) if (current[f]) shown[f] = current[f];

  /** At save: true to go ahead; false (problems flagged, focus moved) to stop. */
  const passes = (): boolean => {
    const found = Object.keys(current) as F[];
    setFlagged(found);
    if (found.length === 0) return true;
    setFocusRequest((n) => n + 1);
    return false;
  };
  /** Props marking an input as wrong, linked to its message (FieldError's id). */
  const invalid = (field: F) => ({
    'aria-invalid': shown[field] !== undefined,
    'aria-describedby': shown[field] ? fieldErrorId(formName, field) : undefined,
  });
  /** `attach` goes to the `ref` of the element holding the form's fields. */
  return { shown, attach, passes, invalid };
}
