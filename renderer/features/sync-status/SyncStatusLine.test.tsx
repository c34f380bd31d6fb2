// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { saveIntake } from '../../db/records';
import { applyAcks } from '../../sync/outbox';
import { intakeDraft } from '../../../tests/fixtures/intake-draft';
import { INITIAL_SYNC_STATUS, syncStatusReporter, useSyncStatus } from './sync-status-store';
import { SyncStatusLine } from './SyncStatusLine';

beforeEach(() => useSyncStatus.setState(INITIAL_SYNC_STATUS));
afterEach(cleanup);

const line = () => screen.getByTestId('sync-status');

describe('the sync status line', () => {
  it('says "counting" until the number waiting is known, never a false 0', async () => {
    const { services } = renderKiosk(<SyncStatusLine />);
    // Right after a restart the count has not loaded yet: the first frame says so.
    expect(line().dataset.pending).toBe('counting');
    expect(line().textContent).toContain('待发送 统计中…');
    expect(line().textContent).not.toContain('待发送 0');
    await act(async () => {
      await saveIntake(services.records, intakeDraft());
    });
    await waitFor(() => expect(line().dataset.pending).toBe('1'));
    expect(line().textContent).toContain('待发送 1');
  });

  it('says offline with the number waiting, and that they are safe on this kiosk', async () => {
    const { services } = renderKiosk(<SyncStatusLine />);
    await act(async () => {
      await saveIntake(services.records, intakeDraft());
      await saveIntake(services.records, intakeDraft());
      syncStatusReporter.syncFailed('network', Date.now());
    });
    await waitFor(() => expect(line().dataset.pending).toBe('2'));
    expect(line().dataset.state).toBe('offline');
    expect(line().textContent).toContain('离线：2 条待发送，已安全保存在本机');
  });

  it('after a success: synced, how long ago, and nothing waiting', async () => {
    renderKiosk(<SyncStatusLine />, { locale: 'en' });
    act(() => syncStatusReporter.syncSucceeded(Date.now() - 3.5 * 60_000));
    await waitFor(() => expect(line().dataset.pending).toBe('0'));
    expect(line().dataset.state).toBe('synced');
    expect(line().textContent).toContain('Synced · 3 minutes ago · waiting to send: 0');
  });

  it('a revoked device asks for staff in words and a warning symbol, not by colour', async () => {
    renderKiosk(<SyncStatusLine />);
    act(() => syncStatusReporter.syncFailed('device_revoked', Date.now()));
    await waitFor(() => expect(line().dataset.state).toBe('reenroll'));
    expect(line().textContent).toContain('请联系工作人员');
    expect(line().textContent).toContain('⚠');
  });

  it('adds quarantined records, a drifting clock and low storage to the line', async () => {
    const { services } = renderKiosk(<SyncStatusLine />);
    await act(async () => {
      const saved = await saveIntake(services.records, intakeDraft());
      if (!saved.ok) throw new Error(saved.error);
      await applyAcks(services.records, [
        { id: saved.value.id, seq: 1, status: 'rejected', reason: 'x' },
      ]);
      syncStatusReporter.syncSucceeded(Date.now());
      syncStatusReporter.clockOffset(-8 * 60_000, Date.now());
      syncStatusReporter.storage({ persisted: true, usage: 1, quota: 2, lowSpace: true });
    });
    await waitFor(() => expect(line().dataset.quarantined).toBe('1'));
    expect(line().textContent).toContain('1 条需工作人员处理');
    expect(line().textContent).toContain('本机时钟相差约 8 分钟');
    expect(line().textContent).toContain('本机存储空间不足');
  });

  it('a small drift and enough space add nothing', async () => {
    renderKiosk(<SyncStatusLine />, { locale: 'en' });
    act(() => {
      syncStatusReporter.syncSucceeded(Date.now());
      syncStatusReporter.clockOffset(4 * 60_000, Date.now());
      syncStatusReporter.storage({ persisted: true, usage: 1, quota: 1e10, lowSpace: false });
    });
    await waitFor(() => expect(line().dataset.pending).toBe('0'));
    expect(line().dataset.state).toBe('synced');
    expect(line().textContent).toBe('✓ Synced · just now · waiting to send: 0');
  });
});
