import { SYNC_ERROR_STATUS, type SyncErrorCode } from '../shared/sync/errors';

/**
 * A refusal the kiosk or admin should hear about: a fixed code plus a plain English detail.
 * The message must never carry personal data (it may be logged and is sent to the client).
 */
export class HubError extends Error {
  readonly status: number;

  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HubError';
    this.status = SYNC_ERROR_STATUS[code];
  }
}
