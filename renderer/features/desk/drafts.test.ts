import { afterEach, describe, expect, it } from 'vitest';
import { useDesk } from './desk-store';
import { leaveTo, lockKeepingDrafts, useDrafts } from './drafts';

const TODAY = new Date(2026, 11, 7, 14, 5);
const zhang = { id: 'demo-zhang', name: '张' };
const li = { id: 'demo-li', name: '李' };
const form = { what: { form: 'register' as const, ticket: 'A-003' }, value: { matter: '邻居' } };

afterEach(() => {
  useDesk.getState().lock();
  useDrafts.setState({ live: {}, kept: {}, restored: {}, leaving: null });
});

describe('desk drafts', () => {
  it('a lock keeps unsaved input for the same volunteer, who gets it back where it was', () => {
    useDesk.getState().unlocked(zhang, { name: 'register', intakeId: 'intake-1' });
    useDrafts.getState().setLive('register:intake-1', form);
    lockKeepingDrafts(TODAY);
    expect(useDesk.getState().volunteer).toBeNull();
    expect(useDrafts.getState().live).toEqual({});

    // Another volunteer unlocking sees nothing of it.
    expect(useDrafts.getState().restore(li.id, '2026-12-07')).toBeNull();
    expect(useDrafts.getState().restored).toEqual({});

    expect(useDrafts.getState().restore(zhang.id, '2026-12-07')).toEqual({
      name: 'register',
      intakeId: 'intake-1',
    });
    expect(useDrafts.getState().restored).toEqual({ 'register:intake-1': form });
    // Once that form closes (saved or left), nothing restored is left to announce.
    useDrafts.getState().forget('register:intake-1');
    expect(useDrafts.getState().restored).toEqual({});
    // Taken once: a second unlock brings nothing back.
    expect(useDrafts.getState().restore(zhang.id, '2026-12-07')).toBeNull();
  });

  it('drops a draft kept on an earlier day', () => {
    useDesk.getState().unlocked(zhang);
    useDrafts.getState().setLive('note:c1', { what: { form: 'note', ticket: null }, value: 'x' });
    lockKeepingDrafts(TODAY);
    expect(useDrafts.getState().restore(zhang.id, '2026-12-08')).toBeNull();
    expect(useDrafts.getState().kept).toEqual({});
  });

  it('asks before leaving unsaved input; "stay" keeps it, "discard" goes on', () => {
    useDesk.getState().unlocked(zhang, { name: 'register', intakeId: null });
    leaveTo({ name: 'search' });
    expect(useDesk.getState().view.name).toBe('search');

    useDesk.getState().show({ name: 'register', intakeId: null });
    useDrafts.getState().setLive('register:walkIn', form);
    leaveTo({ name: 'queue' });
    expect(useDesk.getState().view.name).toBe('register');
    expect(useDrafts.getState().leaving).not.toBeNull();
    useDrafts.getState().stay();
    expect(useDrafts.getState().live).toHaveProperty('register:walkIn');

    leaveTo({ name: 'queue' });
    useDrafts.getState().discardAndLeave();
    expect(useDesk.getState().view.name).toBe('queue');
    expect(useDrafts.getState().live).toEqual({});
  });
});
