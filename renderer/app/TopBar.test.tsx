// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderKiosk } from '../test-utils/render-kiosk';
import { useStoredSiteView } from '../content/use-site-view';
import { demoSite } from '../content/demo-site';
import { useSession } from '../features/session/session-store';
import { TopBar } from './TopBar';

afterEach(() => {
  cleanup();
  useSession.getState().reset();
  useStoredSiteView.setState({ stored: undefined, read: false });
});

const room = () => screen.getByTestId('room-name').textContent;

describe('the room in the top bar', () => {
  it('says "not set up yet" in the wizard until the hub has named the room, never the demo room', () => {
    useSession.getState().goTo('setup');
    useStoredSiteView.setState({ read: true });
    renderKiosk(<TopBar mainId="main" />);
    expect(room()).toBe('尚未设置');
    expect(room()).not.toContain('徐家汇');

    const real = { ...demoSite(new Date()), roomName: { 'zh-CN': '田林街道客厅', en: 'Tianlin' } };
    act(() => useStoredSiteView.setState({ stored: { ...real, demo: false } }));
    expect(room()).toContain('田林街道客厅');
  });

  it('keeps the demo room of a demo run on Home', () => {
    useStoredSiteView.setState({ read: true });
    renderKiosk(<TopBar mainId="main" />);
    expect(room()).toContain('徐家汇街道公共法律服务客厅');
  });
});
