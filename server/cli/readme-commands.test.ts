import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from './args';

/** Every admin command the hub offers (its help text) is in the README's table, and no other. */
const README = readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
const table = README.slice(README.indexOf('Admin commands'), README.indexOf('`HUB_CORS_ORIGINS`'));

const offered = [...USAGE.matchAll(/^ {2}([a-z]+(?: [a-z-]+)?)\b/gm)]
  .map((m) => m[1] ?? '')
  .filter((c) => c !== 'serve');

describe('the README admin table', () => {
  it('finds the commands in the help text (the scan works)', () => {
    expect(offered).toContain('volunteer reset-pin');
    expect(offered).toContain('status');
    expect(offered.length).toBeGreaterThan(20);
  });

  it.each(offered)('documents `%s`', (command) => {
    const [first, second] = command.split(' ');
    const documented =
      table.includes(`\`${command}`) ||
      // `case accept\|note\|resolve`, `device list` / `device revoke`: written together.
      (second !== undefined && new RegExp(`\\\`${first} [a-z-\\\\|]*${second}`).test(table));
    expect(documented).toBe(true);
  });
});
