import { useEffect } from 'react';
import { useKiosk } from '../../app/kiosk-context';

/**
 * Opens the first-run wizard on a kiosk that is not set up. Home is drawn first and never waits
 * for this check; the check itself is loaded after the first paint.
 */
export function ProvisioningCheck() {
  const { content, device } = useKiosk();
  useEffect(() => {
    void import('./provisioning').then((m) => m.checkProvisioning({ content, device }));
  }, [content, device]);
  return null;
}
