import { CONSOLE_ERROR_STATUS, type ConsoleErrorCode } from '../../shared/console/errors';

/**
 * A refusal of the console API: a fixed code (shared/console/errors.ts) the console maps to
 * words, and a plain English message for developers that never carries personal data.
 */
export class ConsoleRefusal extends Error {
  readonly status: number;

  constructor(
    readonly code: ConsoleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ConsoleRefusal';
    this.status = CONSOLE_ERROR_STATUS[code];
  }
}
