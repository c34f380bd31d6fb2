import { useCallback, useEffect, useState } from 'react';
import type { SitePreview } from '../../../shared/sync/protocol';
import type { EnrollProblem } from './enroll-problem';
import { previewRoom, shellHubOrigins } from './setup-actions';

/**
 * Enrolling in two steps, shared by the setup wizard (EnrollStep) and technician mode
 * (ReEnrollView): first ask the hub which room a code belongs to, which spends nothing; spend the
 * code only when the technician says the room is theirs.
 */
export type RoomLookup =
  | { kind: 'looking' }
  | { kind: 'found'; site: SitePreview }
  | { kind: 'failed'; problem: EnrollProblem };

/** The room `request`'s code belongs to, asked again on `lookAgain`; null while nothing is asked. */
export function useRoomPreview(request: { hubUrl: string; code: string } | null) {
  const [attempt, setAttempt] = useState(0);
  // Answers are kept with the question they answer, so a stale one is never shown for a new code.
  const [answer, setAnswer] = useState<{ key: string; lookup: RoomLookup } | null>(null);
  const hubUrl = request?.hubUrl ?? null;
  const code = request?.code ?? null;
  const key = `${attempt}\n${hubUrl}\n${code}`;

  useEffect(() => {
    if (hubUrl === null || code === null) return;
    let live = true;
    // The wizard's connection-step check again: a site file read in technician mode may name a
    // hub Electron's CSP blocks, which would otherwise show as "cannot be reached".
    void shellHubOrigins()
      .then((allowedHubOrigins) => previewRoom({ hubUrl, code, allowedHubOrigins }))
      .then((result) => {
        if (live)
          setAnswer({
            key,
            lookup: result.ok
              ? { kind: 'found', site: result.site }
              : { kind: 'failed', problem: result.problem },
          });
      });
    return () => {
      live = false;
    };
  }, [hubUrl, code, key]);

  const lookAgain = useCallback(() => setAttempt((n) => n + 1), []);
  const lookup: RoomLookup | null =
    request === null ? null : answer?.key === key ? answer.lookup : { kind: 'looking' };
  return { lookup, lookAgain };
}

/**
 * Spend the code: `spend` runs the enrollment (idempotent: a retry sends the same credential, see
 * renderer/sync/enroll.ts), `onEnrolled` takes the success. Once confirmed the room cannot be
 * refused any more, since the code may be spent.
 */
export function useConfirmedEnroll<S extends { ok: true }>(
  spend: () => Promise<S | { ok: false; problem: EnrollProblem }>,
  onEnrolled: (outcome: S) => void,
) {
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<EnrollProblem | null>(null);

  const confirm = async () => {
    setConfirmed(true);
    setBusy(true);
    setProblem(null);
    const outcome = await spend();
    setBusy(false);
    if (outcome.ok) onEnrolled(outcome);
    else setProblem(outcome.problem);
  };

  /** Back to a fresh start (another code): nothing confirmed, no problem shown. */
  const reset = () => {
    setConfirmed(false);
    setProblem(null);
  };

  return { confirmed, busy, problem, confirm, reset };
}
