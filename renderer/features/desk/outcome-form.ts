import { useEffect, useRef } from 'react';
import type { EventOf } from '../../../shared/cases/events';
import type { DraftForm } from './drafts';

/** Pieces the outcome forms (OutcomePanel, HomeVisitForm) share. */

export const DEFAULT_DUE_DAYS = 7;

/** What the outcome forms need to know about the case. */
export interface OutcomeCase {
  caseId: string;
  ticket: string | null;
  registration: EventOf<'registered'> | null;
}

export const draftKey = (form: DraftForm, caseId: string) => `${form}:${caseId}`;

/** A sub-form opening below the fold comes into view, so the volunteer sees what the tap did. */
export function useScrolledIntoView() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return ref;
}
