import type { CommandLine } from 'electron';

/**
 * Chromium's switch that lets speechSynthesis speak through speech-dispatcher on Linux. Without
 * it Chromium offers no voice there at all, and the kiosk hides its read-aloud button.
 */
export const SPEECH_DISPATCHER_SWITCH = 'enable-speech-dispatcher';

/**
 * Read-aloud on a Linux kiosk. Chromium speaks through speech-dispatcher only when asked to; the
 * .deb pulls in speech-dispatcher and espeak-ng with its Mandarin voice (electron-builder.yml).
 * Windows speaks with its own voices (Huihui, Yaoyao, Kangkang with the Chinese language pack)
 * and needs nothing. What Chromium really offers either way: docs/accessibility.md.
 * Call before the app is ready: Chromium reads its switches once, at start.
 */
export function enableSystemSpeech(
  app: { commandLine: Pick<CommandLine, 'appendSwitch'> },
  platform: NodeJS.Platform = process.platform,
): void {
  if (platform === 'linux') app.commandLine.appendSwitch(SPEECH_DISPATCHER_SWITCH);
}
