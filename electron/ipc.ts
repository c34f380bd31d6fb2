import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  INVOKE_CHANNEL_NAMES,
  replySchema,
  type EventChannel,
  type InvokeChannel,
  type IpcReply,
  type ValueOf,
} from '../shared/ipc';
import { isTrustedUrl } from './trusted-url';

/** One handler per channel, given input already parsed by the channel's schema. */
export type IpcHandlers = {
  [C in InvokeChannel]: (
    input: z.output<(typeof INVOKE_CHANNELS)[C]['request']>,
  ) => Promise<IpcReply<ValueOf<C>>> | IpcReply<ValueOf<C>>;
};

/**
 * Only our main window's top frame, showing our own page, may call main. A page that navigated
 * away (it cannot, but if it did), an iframe, or any other web contents is refused.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  mainContents: WebContents | null,
): boolean {
  if (!mainContents || mainContents.isDestroyed() || event.sender.id !== mainContents.id)
    return false;
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url);
}

export function registerIpcHandlers(
  handlers: IpcHandlers,
  mainContents: () => WebContents | null,
): void {
  for (const channel of INVOKE_CHANNEL_NAMES) {
    const { request } = INVOKE_CHANNELS[channel];
    const reply = replySchema(INVOKE_CHANNELS[channel].value);
    // Each handler's input type is its channel's; the loop cannot say so, the schema above ensures it.
    const handle = handlers[channel] as (input: unknown) => unknown;

    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, mainContents())) {
        console.warn(`ipc ${channel}: refused a call from outside the kiosk page`);
        return { ok: false, error: 'forbidden' };
      }
      const input = request.safeParse(args[0]);
      if (args.length > 1 || !input.success) return { ok: false, error: 'bad_request' };
      try {
        // Parsing the reply too strips anything a handler returned beyond the schema.
        return reply.parse(await handle(input.data));
      } catch (error) {
        // The name and code only: messages can carry paths or the data being handled.
        const { name, code } = error as { name?: string; code?: string };
        console.error(`ipc ${channel} failed: ${name ?? 'Error'}${code ? ` ${code}` : ''}`);
        return { ok: false, error: 'internal' };
      }
    });
  }
}

/** Main → renderer event, checked against its schema before it is sent. */
export function sendEvent<C extends EventChannel>(
  contents: WebContents | null,
  channel: C,
  payload: z.input<(typeof EVENT_CHANNELS)[C]>,
): void {
  if (!contents || contents.isDestroyed()) return;
  contents.send(channel, EVENT_CHANNELS[channel].parse(payload));
}
