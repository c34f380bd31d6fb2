import { z } from 'zod';
import { hubUrlProblem } from './hub-url';
import { DayString, TicketNumber } from './records/intake';

/**
 * The bridge between the renderer and the Electron main process: one list of channels, the zod
 * schema of each request and reply, and the typed window API (`window.kiosk`). Main parses every
 * request with these schemas and every reply too, so a field that is not in a schema never
 * crosses the bridge. The web build implements the same `KioskBridge` without Electron.
 */

/** Fixed error codes; the renderer maps them to i18n text. */
export const IPC_ERROR_CODES = [
  /** The sender is not our main window showing our own page. */
  'forbidden',
  /** The request did not match its schema. */
  'bad_request',
  /** Something failed in main; details stay in main's log, without personal data. */
  'internal',
  /** The OS offers no encryption for the device credential (safeStorage). */
  'encryption_unavailable',
  /** No receipt printer is configured or reachable. */
  'no_printer',
  'print_failed',
  /** No `living-room-site.json` on any removable medium. */
  'not_found',
  /** The site file is larger than SITE_FILE_MAX_BYTES. */
  'too_large',
  'unreadable',
  /** This shell cannot do that (the browser build has no removable media, for one). */
  'unsupported',
] as const;
export const IpcErrorCode = z.enum(IPC_ERROR_CODES);
export type IpcErrorCode = z.infer<typeof IpcErrorCode>;

export type IpcReply<T> = { ok: true; value: T } | { ok: false; error: IpcErrorCode };

export function replySchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: IpcErrorCode }),
  ]);
}

/**
 * The renderer (the screens) that runs, and in Electron the downloaded bundles around it
 * (electron/renderer-update.ts). The browser build has no bundles: installed and waiting are null.
 */
export const RendererVersions = z.object({
  /** The renderer on screen: a downloaded bundle's version, or the installed one. */
  running: z.string().min(1).max(64),
  /** The renderer installed with the app; null in the browser build. */
  installed: z.string().max(64).nullable(),
  /** A downloaded, checked bundle that is switched to at the next idle reset. */
  waiting: z.string().max(64).nullable(),
  /** The bundle the last switch gave up on after repeated crashes, for the installed renderer. */
  fellBackFrom: z.string().max(64).nullable(),
});
export type RendererVersions = z.infer<typeof RendererVersions>;

/** Which shell runs the renderer, its versions, and whether this is a locked-down kiosk build. */
export const AppInfo = z.object({
  shell: z.enum(['electron', 'web']),
  appVersion: z.string().min(1).max(64),
  electronVersion: z.string().max(64).nullable(),
  chromeVersion: z.string().max(64).nullable(),
  kioskBuild: z.boolean(),
  /**
   * Optional: a downloaded renderer may run in an older shell whose main does not send it yet.
   */
  renderer: RendererVersions.optional(),
  /**
   * The hub origins the shell's CSP lets the page reach (kiosk-settings.json's hub first, then
   * the enrolled one), so the wizard can say "this kiosk is set to hub X" instead of "cannot be
   * reached". Optional: the browser build has no such list, and older shells do not send it.
   */
  allowedHubOrigins: z.array(z.string().max(2048)).max(4).optional(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/**
 * An absolute https URL without user info, or http on loopback only (shared/hub-url.ts: the
 * credential and personal data must not cross a network unencrypted). The hub origin must be
 * absolute in what is stored: the browser demo's "same origin" (an empty hubUrl in
 * kiosk-config.json) is resolved against `location.href` before a credential is saved.
 */
export const HubUrl = z
  .string()
  .max(2048)
  .superRefine((raw, ctx) => {
    const problem = hubUrlProblem(raw);
    if (problem === 'invalid')
      ctx.addIssue({ code: 'custom', message: 'an absolute http(s) URL without user info' });
    if (problem === 'insecure')
      ctx.addIssue({ code: 'custom', message: 'the hub must use https (http only on loopback)' });
  });

/** The device credential from enrollment. Main keeps it encrypted (safeStorage); never logged. */
export const DeviceCredential = z.object({
  hubUrl: HubUrl,
  deviceId: z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/),
  secret: z.string().min(16).max(512),
});
export type DeviceCredential = z.infer<typeof DeviceCredential>;

export const TICKET_MAX_LINES = 12;
export const TICKET_LINE_MAX_CHARS = 80;

/** What a printed queue ticket (取号凭条) shows. The renderer supplies translated lines. */
export const TicketPrint = z.object({
  /** As formatTicket() writes it: "A-007". */
  ticketNumber: TicketNumber,
  day: DayString,
  roomName: z.string().min(1).max(TICKET_LINE_MAX_CHARS),
  /** Next steps in plain words, at most 12 lines of 80 characters. */
  lines: z.array(z.string().max(TICKET_LINE_MAX_CHARS)).max(TICKET_MAX_LINES),
});
export type TicketPrint = z.infer<typeof TicketPrint>;

export const PrinterSummary = z.object({
  /** The OS name, as `deviceName` wants it. */
  name: z.string().max(256),
  displayName: z.string().max(256),
  /** This is the printer tickets go to. */
  receipt: z.boolean(),
});
export type PrinterSummary = z.infer<typeof PrinterSummary>;

/** The site file on a USB stick is read raw; the renderer validates its content. */
export const SITE_FILE_NAME = 'living-room-site.json';
export const SITE_FILE_MAX_BYTES = 64 * 1024;

/** `printer:set`: the receipt printer's OS name, kept in kiosk-settings.json (userData). */
export const ReceiptPrinterChoice = z.object({ name: z.string().trim().min(1).max(256) });
export type ReceiptPrinterChoice = z.infer<typeof ReceiptPrinterChoice>;

/** `renderer:idle-reset`: whether main switches to a newer renderer now (the page then reloads). */
export const IdleResetReply = z.object({ switching: z.boolean() });
export type IdleResetReply = z.infer<typeof IdleResetReply>;

const NoInput = z.undefined();
const Done = z.null();

/** Renderer → main request/reply channels (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  'app:info': { request: NoInput, value: AppInfo },
  'credential:get': { request: NoInput, value: DeviceCredential.nullable() },
  'credential:set': { request: DeviceCredential, value: Done },
  'credential:clear': { request: NoInput, value: Done },
  'print:ticket': { request: TicketPrint, value: Done },
  'printer:list': { request: NoInput, value: z.array(PrinterSummary).max(64) },
  'site-file:read': { request: NoInput, value: z.string().max(SITE_FILE_MAX_BYTES) },
  'app:relaunch': { request: NoInput, value: Done },
  'printer:set': { request: ReceiptPrinterChoice, value: Done },
  'renderer:idle-reset': { request: NoInput, value: IdleResetReply },
} as const;

export type InvokeChannel = keyof typeof INVOKE_CHANNELS;
export const INVOKE_CHANNEL_NAMES = Object.keys(INVOKE_CHANNELS) as InvokeChannel[];
export type RequestOf<C extends InvokeChannel> = z.input<(typeof INVOKE_CHANNELS)[C]['request']>;
export type ValueOf<C extends InvokeChannel> = z.output<(typeof INVOKE_CHANNELS)[C]['value']>;

/** System idle time, polled in main (powerMonitor.getSystemIdleTime). */
export const IdleReport = z.object({ idleSeconds: z.number().int().nonnegative() });
export type IdleReport = z.infer<typeof IdleReport>;

/** Main → renderer events (webContents.send / ipcRenderer.on). */
/** Where main saved an exported diagnostic bundle (never through a Save dialog). */
export const DiagnosticsSaved = z.object({
  fileName: z.string().max(128),
  folder: z.string().max(1024),
  /** On a USB stick, rather than in the app's own folder. */
  removable: z.boolean(),
});
export type DiagnosticsSaved = z.infer<typeof DiagnosticsSaved>;

export const EVENT_CHANNELS = {
  'kiosk:idle': IdleReport,
  'diagnostics:saved': DiagnosticsSaved,
} as const;
export type EventChannel = keyof typeof EVENT_CHANNELS;

/**
 * What the shell tells the renderer at boot, served as `./kiosk-config.json` by Electron's app://
 * handler and by the demo static server. An empty hubUrl means "the hub is this page's origin".
 */
export const KioskBootConfig = z.object({
  hubUrl: z.union([z.literal(''), HubUrl]),
  /** Pre-filled on the setup screen in demo runs only. */
  enrollmentCode: z.string().max(64).optional(),
  demo: z.boolean(),
});
export type KioskBootConfig = z.infer<typeof KioskBootConfig>;

/** The typed window API that Electron's preload exposes as `window.kiosk`. */
export interface KioskBridge {
  appInfo(): Promise<IpcReply<AppInfo>>;
  getCredential(): Promise<IpcReply<DeviceCredential | null>>;
  setCredential(credential: DeviceCredential): Promise<IpcReply<null>>;
  clearCredential(): Promise<IpcReply<null>>;
  /** Silent print to the receipt printer; `no_printer` when there is none. */
  printTicket(ticket: TicketPrint): Promise<IpcReply<null>>;
  listPrinters(): Promise<IpcReply<PrinterSummary[]>>;
  /** Raw text of `living-room-site.json` from a USB stick; validate before use. */
  readSiteFile(): Promise<IpcReply<string>>;
  relaunch(): Promise<IpcReply<null>>;
  /** System idle seconds, reported about once a second while they change. Returns unsubscribe. */
  onIdle(listener: (idleSeconds: number) => void): () => void;
  /** Keep this receipt printer in the kiosk settings (from the site file). */
  setReceiptPrinter(name: string): Promise<IpcReply<null>>;
  /** The idle reset happened: a ready renderer update may be applied now (the page reloads). */
  idleReset(): Promise<IpcReply<IdleResetReply>>;
  /** Where an exported diagnostic bundle was saved. Returns unsubscribe. */
  onDiagnosticsSaved(listener: (saved: DiagnosticsSaved) => void): () => void;
}
