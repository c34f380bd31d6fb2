import type { Writable } from 'node:stream';
import { UsageError } from './args';
import { firstLine, readAll, typeHidden, type Terminal } from './pin-input';

/**
 * A new console password for `account add` / `account reset-password`, from standard input so it
 * never sits in the shell history or the process list: typed at a hidden prompt twice, or piped
 * in (the first line counts). The caller checks it against the policy and hashes it at once.
 */
export async function readNewPassword(input: Terminal, prompt: Writable): Promise<string> {
  if (input.isTTY === true && typeof input.setRawMode === 'function') {
    const first = await typeHidden(
      input,
      prompt,
      'New password (at least 10 characters, not shown): ',
    );
    const again = await typeHidden(input, prompt, 'The same password again: ');
    if (again !== first) throw new UsageError('the two passwords differ; nothing was changed');
    return first;
  }
  const text = firstLine(await readAll(input, 'a password'));
  if (text === '') throw new UsageError('no password on stdin: type it when asked, or pipe it in');
  return text;
}
