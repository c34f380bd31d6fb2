import type { Readable, Writable } from 'node:stream';
import { UsageError } from './args';
import { hashPin, isPinShaped, type PinHash } from '../../shared/desk/pin';

/** More than any PIN line; a stream that sends more is not a PIN. */
const MAX_INPUT_BYTES = 1024;

/** The terminal side of stdin, when a person types (absent when a PIN is piped in). */
export interface Terminal extends Readable {
  isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
}

/**
 * A new volunteer PIN for `volunteer add` / `volunteer reset-pin`, read from standard input so it
 * never sits in the shell history or the process list: typed at a prompt without echo (twice, to
 * catch a slip), or piped in (`printf '%s' "$PIN" | npm run hub -- volunteer add ... --pin-stdin`;
 * the first line counts). Hashed at once with the shared PBKDF2 (shared/desk/pin.ts): the plain
 * PIN goes no further than this function, and is never printed or logged.
 */
export async function readNewPinHash(input: Terminal, prompt: Writable): Promise<PinHash> {
  const typed = input.isTTY === true && typeof input.setRawMode === 'function';
  const pin = typed ? await typeTwice(input, prompt) : firstLine(await readAll(input)).trim();
  if (!isPinShaped(pin)) throw new UsageError('the PIN must be 4 to 8 digits (0-9)');
  return hashPin(pin);
}

export function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? '';
}

export async function readAll(input: Readable, what = 'a PIN'): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new UsageError(`stdin holds more than ${what}`);
    chunks.push(buffer);
  }
  if (size === 0)
    throw new UsageError(
      `no ${what.replace(/^an? /, '')} on stdin: type it when asked, or pipe it in`,
    );
  return Buffer.concat(chunks).toString('utf8');
}

async function typeTwice(input: Terminal, prompt: Writable): Promise<string> {
  const first = await typeHidden(input, prompt, 'New PIN (4-8 digits, not shown): ');
  if (!isPinShaped(first)) return first;
  const again = await typeHidden(input, prompt, 'The same PIN again: ');
  if (again !== first) throw new UsageError('the two PINs differ; nothing was changed');
  return first;
}

/** One line typed in raw mode, echoing nothing; Ctrl-C or Ctrl-D cancels. */
export function typeHidden(input: Terminal, prompt: Writable, question: string): Promise<string> {
  prompt.write(question);
  input.setRawMode?.(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error: Error | null) => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      prompt.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n') return finish(null);
        if (ch === '\u0003' || ch === '\u0004') return finish(new UsageError('cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else if (typed.length < 64) typed += ch;
      }
    };
    input.on('data', onData);
  });
}
