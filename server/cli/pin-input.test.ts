import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readNewPinHash } from './pin-input';
import { verifyPin } from '../../shared/desk/pin';

/** A terminal: stdin in raw mode, fed keystroke by keystroke; what the prompt wrote is kept. */
function terminal(keys: string[]) {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    rawModes: [] as boolean[],
    setRawMode(mode: boolean) {
      this.rawModes.push(mode);
      return this;
    },
  });
  let written = '';
  let answered = 0;
  const prompt = new PassThrough();
  prompt.on('data', (c: Buffer) => {
    written += c.toString();
    // Type the next answer once a new question shows (each ends with ": "), as a person would.
    const asked = written.split(': ').length - 1;
    if (asked > answered && answered < keys.length) {
      const next = keys[answered] ?? '';
      answered += 1;
      setImmediate(() => input.write(next));
    }
  });
  return { input, prompt, written: () => written };
}

describe('reading a new PIN', () => {
  it('from a pipe: the first line, hashed', async () => {
    const hash = await readNewPinHash(Readable.from(['2468\nignored\n']), new PassThrough());
    expect(await verifyPin('2468', hash)).toBe(true);
  });

  it('refuses a short, a non-digit or an empty PIN', async () => {
    for (const text of ['123\n', '12a4\n', ''])
      await expect(readNewPinHash(Readable.from([text]), new PassThrough())).rejects.toThrow(
        /PIN must be 4 to 8 digits|no PIN on stdin/,
      );
  });

  it('typed at a terminal: twice, never echoed, raw mode restored', async () => {
    const t = terminal(['86421\u007f09\r', '864209\r']);
    const hash = await readNewPinHash(t.input, t.prompt);
    expect(await verifyPin('864209', hash)).toBe(true);
    expect(t.written()).toContain('New PIN (4-8 digits, not shown)');
    expect(t.written()).not.toMatch(/\d{4}/);
    expect(t.input.rawModes).toEqual([true, false, true, false]);
  });

  it('refuses two different PINs typed at a terminal', async () => {
    const t = terminal(['864209\r', '864208\r']);
    await expect(readNewPinHash(t.input, t.prompt)).rejects.toThrow(/the two PINs differ/);
  });
});
