import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Loading, empty and failed states, the same on every list and page. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="state state--loading" role="status">
      {t('app.loading')}
    </p>
  );
}

export function Empty({ text }: { text: string }) {
  return (
    <p className="state state--empty" role="status">
      {text}
    </p>
  );
}

export function errorText(t: (key: string) => string, error: unknown): string {
  return t(`error.${error instanceof ApiError ? error.code : 'internal'}`);
}

export function ErrorRetry({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <p>{t('app.failed', { reason: errorText(t, error) })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}

/** A form's outcome line, read out by screen readers when it changes. */
export function FormStatus({ error, ok }: { error: unknown; ok: string | null }) {
  const { t } = useTranslation();
  if (error)
    return (
      <p className="form-status form-status--error" role="alert">
        {errorText(t, error)}
      </p>
    );
  return (
    <p className="form-status" role="status">
      {ok ?? ''}
    </p>
  );
}

/** A form's own check that failed before anything was sent (an empty field, too long). */
export function FormProblem({ text }: { text: string | null }) {
  return text ? (
    <p className="form-status form-status--error" role="alert">
      {text}
    </p>
  ) : null;
}
