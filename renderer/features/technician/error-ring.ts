/**
 * The last few things that went wrong, as fixed CODES only ("sync:network", "js:TypeError",
 * "print:no_printer"): never a message, a URL or a value, since those can carry personal data.
 * Memory only: a restart starts it empty, which is what a technician expects of "recent".
 */
export interface ErrorEntry {
  code: string;
  at: number;
}

export const ERROR_RING_SIZE = 50;
const CODE_SHAPE = /^[A-Za-z0-9_.:-]{1,64}$/;

let ring: ErrorEntry[] = [];

/** Note an error code. Anything that is not code-shaped is noted as `other`, never as itself. */
export function noteError(code: string, at: number = Date.now()): void {
  ring = [...ring, { code: CODE_SHAPE.test(code) ? code : 'other', at }].slice(-ERROR_RING_SIZE);
}

/** Newest first. */
export function recentErrors(): ErrorEntry[] {
  return [...ring].reverse();
}

export function clearErrorsForTests(): void {
  ring = [];
}

/** The error's class name (TypeError, QuotaExceededError), which says what failed but not about whom. */
export function errorName(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return error.name;
  return 'unknown';
}

/** Uncaught errors and rejections of the page go into the ring. Returns unsubscribe. */
export function watchPageErrors(target: Window = window): () => void {
  const onError = (e: ErrorEvent) => noteError(`js:${errorName(e.error)}`);
  const onRejection = (e: PromiseRejectionEvent) => noteError(`js:${errorName(e.reason)}`);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
