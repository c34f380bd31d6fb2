import { afterEach, describe, expect, it } from 'vitest';
import { openContentDb } from '../../db/content-db';
import {
  clearSetupDraft,
  readSetupDraft,
  SETUP_DRAFT_KEY,
  setupDraft,
  writeSetupDraft,
} from './setup-draft';
import { resumeStep, useSetup } from './setup-store';

let n = 0;
const freshDb = () => openContentDb(`setup-draft-${++n}`);
afterEach(() => useSetup.getState().begin({ bootHubUrl: '', enrolled: false }));

describe('the wizard through a reload', () => {
  it('keeps the typed hub, code, label, step and language, and forgets them when told', async () => {
    const db = freshDb();
    const setup = useSetup.getState();
    setup.begin({ bootHubUrl: 'http://127.0.0.1:5174', enrolled: false });
    setup.setHubUrl('https://hub.sf.xuhui.example');
    setup.setCode('ABCD-EFGH');
    setup.setDeviceLabel('前台左');
    setup.goTo('enroll');
    await writeSetupDraft(db, setupDraft(useSetup.getState(), 'en'));

    // A reload: a new store, the same database.
    useSetup.getState().begin({ bootHubUrl: 'http://127.0.0.1:5174', enrolled: false });
    expect(useSetup.getState().code).toBe('');
    const draft = await readSetupDraft(db);
    expect(draft).toMatchObject({ locale: 'en', step: 'enroll' });
    useSetup.getState().begin({ bootHubUrl: 'http://127.0.0.1:5174', enrolled: false, draft });
    expect(useSetup.getState()).toMatchObject({
      step: 'enroll',
      hubUrl: 'https://hub.sf.xuhui.example',
      code: 'ABCD-EFGH',
      deviceLabel: '前台左',
    });

    await clearSetupDraft(db);
    expect(await readSetupDraft(db)).toBeNull();
  });

  it('starts afresh from a draft that no longer parses', async () => {
    const db = freshDb();
    await db.content.put({ key: SETUP_DRAFT_KEY, value: { code: 42 }, updatedAt: '' });
    expect(await readSetupDraft(db)).toBeNull();
  });

  it('resumes at most at the room when not enrolled, and at the PIN once enrolled', () => {
    expect(resumeStep(undefined, false)).toBe('hub');
    expect(resumeStep('code', false)).toBe('code');
    expect(resumeStep('settings', false)).toBe('enroll');
    expect(resumeStep('code', true)).toBe('pin');
  });
});

describe('a refused code', () => {
  it('goes back to the code as typed, says why, and forgets why once it is changed', () => {
    const setup = useSetup.getState();
    setup.setCode('ABCD-EFGJ');
    setup.goTo('enroll');
    setup.anotherCode('code_invalid');
    expect(useSetup.getState()).toMatchObject({
      step: 'code',
      code: 'ABCD-EFGJ',
      codeRefused: 'code_invalid',
    });
    useSetup.getState().setCode('ABCD-EFGH');
    expect(useSetup.getState().codeRefused).toBeNull();
  });

  it('"not our room" instead empties the code: it goes back to the administrator', () => {
    useSetup.getState().setCode('ABCD-EFGH');
    useSetup.getState().notOurRoom();
    expect(useSetup.getState()).toMatchObject({ step: 'code', code: '', codeReturned: true });
  });
});
