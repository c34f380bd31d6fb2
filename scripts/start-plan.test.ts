import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstRunHelp, startPlan } from './start-plan';

const ROOT = '/repo';

describe('npm start', () => {
  it('runs the demo by default: the demo room, a kiosk that enrolls itself', () => {
    const plan = startPlan([], {}, ROOT);
    expect(plan).toMatchObject({ demo: true, kioskPort: 5174, hubPort: 8787, hubDataDir: null });
    expect(plan.hubArgs).toContain('--demo');
    expect(plan.bootConfig).toEqual({ hubUrl: '', enrollmentCode: 'DEMO-2026', demo: true });
    expect(plan.electronEnv).toMatchObject({ KIOSK_DEMO: '1', KIOSK_ENROLLMENT_CODE: 'DEMO-2026' });
  });

  it('--no-demo: a hub without the demo room in its own folder, a kiosk that opens the wizard', () => {
    const plan = startPlan(['--no-demo'], {}, ROOT);
    expect(plan.demo).toBe(false);
    expect(plan.hubArgs).not.toContain('--demo');
    const dataDir = path.join(ROOT, '.hub-data', 'no-demo');
    expect(plan.hubArgs.slice(0, 2)).toEqual(['--data', dataDir]);
    expect(plan.bootConfig).toEqual({ hubUrl: '', demo: false });
    expect(plan.electronEnv).toEqual({ KIOSK_HUB_URL: 'http://127.0.0.1:8788', KIOSK_DEMO: '0' });
    // Other ports than the demo's: both can run, and the browser profile starts empty.
    expect([plan.kioskPort, plan.hubPort]).toEqual([5175, 8788]);
  });

  it('takes ports and the data folder from the environment, and refuses unknown options', () => {
    const plan = startPlan(
      ['--no-demo', '--browser'],
      { KIOSK_PORT: '6000', HUB_PORT: '6001', HUB_DATA_DIR: '/srv/hub' },
      ROOT,
    );
    expect(plan).toMatchObject({ kioskPort: 6000, hubPort: 6001, hubDataDir: '/srv/hub' });
    expect(plan.browserOnly).toBe(true);
    expect(() => startPlan(['--nodemo'], {}, ROOT)).toThrow(/unknown option --nodemo/);
    expect(() => startPlan([], { HUB_PORT: 'x' }, ROOT)).toThrow(/HUB_PORT/);
  });

  it('tells the technician how to give the wizard a room, and which hub address to keep', () => {
    const plan = startPlan(['--no-demo'], {}, ROOT);
    const help = firstRunHelp(plan, ROOT, 'http://localhost:5175/').join('\n');
    expect(help).toContain('Hub data: .hub-data/no-demo/');
    expect(help).toContain('site add --street xujiahui');
    expect(help).toContain('code issue --site xujiahui --data .hub-data/no-demo');
    expect(help).toContain('offers http://localhost:5175 as the hub address');
    const elsewhere = startPlan(['--no-demo'], { HUB_DATA_DIR: '/srv/hub' }, ROOT);
    expect(firstRunHelp(elsewhere, ROOT, null).join('\n')).toContain('--data /srv/hub');
  });
});
