import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, resetElectronMock } from '../tests/setup/electron-mock';
import { SPEECH_DISPATCHER_SWITCH, enableSystemSpeech } from './speech';

vi.mock('electron', () => import('../tests/setup/electron-mock'));

beforeEach(() => resetElectronMock());

describe('system speech for read-aloud', () => {
  it('asks Chromium to speak through speech-dispatcher on Linux', () => {
    enableSystemSpeech(app, 'linux');
    expect(app.commandLine.appendSwitch.mock.calls).toEqual([['enable-speech-dispatcher']]);
    expect(SPEECH_DISPATCHER_SWITCH).toBe('enable-speech-dispatcher');
  });

  it.each<NodeJS.Platform>(['win32', 'darwin'])(
    'adds no switch on %s (its own voices)',
    (platform) => {
      enableSystemSpeech(app, platform);
      expect(app.commandLine.appendSwitch).not.toHaveBeenCalled();
    },
  );
});
