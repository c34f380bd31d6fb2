import { HubError } from '../hub-error';
import { TeamRefusal, type TeamRefusalCode } from '../store/team-refusal';
import type { SyncErrorBody } from '../../shared/sync/errors';
import { ConsoleRefusal } from '../console/refusal';
import type { ConsoleErrorCode } from '../../shared/console/errors';

export interface ErrorReply {
  status: number;
  /** A sync protocol code, or one of the teams' API (server/store/team-refusal.ts). */
  body: { error: SyncErrorBody['error'] | TeamRefusalCode | ConsoleErrorCode; message: string };
}

/** Fastify's own refusals, in our codes. Each is the client's fault, so none is a 5xx. */
const FASTIFY_ERRORS: Record<string, { status: number; body: SyncErrorBody }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    body: { error: 'bad_request', message: 'the body is not valid JSON' },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    body: { error: 'bad_request', message: 'the body is empty; send a JSON object' },
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    body: {
      error: 'body_too_large',
      message: 'the body is larger than 1 MiB; send fewer items per batch',
    },
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    body: { error: 'bad_request', message: 'send the body as Content-Type: application/json' },
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    body: { error: 'bad_request', message: 'the Content-Length does not match the body' },
  },
  FST_ERR_BAD_URL: { status: 400, body: { error: 'bad_request', message: 'the URL is malformed' } },
};

/**
 * Turn anything thrown while handling a request into `{ error, message }`. Unknown errors become
 * `internal` with a fixed message: their text stays in the log, never in the answer.
 */
export function errorReply(error: unknown): ErrorReply {
  if (error instanceof HubError || error instanceof TeamRefusal || error instanceof ConsoleRefusal)
    return { status: error.status, body: { error: error.code, message: error.message } };
  const known =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? FASTIFY_ERRORS[error.code]
      : undefined;
  if (known) return known;
  const status =
    typeof error === 'object' && error !== null && 'statusCode' in error
      ? Number(error.statusCode)
      : 500;
  if (status >= 400 && status < 500) {
    return {
      status,
      body: {
        error: status === 413 ? 'body_too_large' : 'bad_request',
        message: 'the request was refused',
      },
    };
  }
  return {
    status: 500,
    body: {
      error: 'internal',
      message: 'the hub failed to handle this request; nothing was stored',
    },
  };
}
