import { useEffect } from 'react';
import { useKiosk } from './kiosk-context';
import { SyncStatusLine } from '../features/sync-status/SyncStatusLine';
import { ProvisioningCheck } from '../features/setup/ProvisioningCheck';
import { watchSiteView } from '../content/watch-site-view';

/** Home's room details follow the content database from the moment it is open. */
function SiteViewWatcher() {
  const { content } = useKiosk();
  useEffect(() => watchSiteView(content), [content]);
  return null;
}

/**
 * Everything around the screens that reads the databases: the sync status line, the check that
 * opens the wizard on a kiosk not yet set up, and the room's details for Home. Loaded (with Dexie
 * and zod) after Home is first drawn; App renders it once the databases are open.
 */
export function DbChrome() {
  return (
    <>
      <SyncStatusLine />
      <ProvisioningCheck />
      <SiteViewWatcher />
    </>
  );
}
