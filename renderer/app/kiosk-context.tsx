import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { RecordsDb } from '../db/records-db';
import type { ContentDb } from '../db/content-db';

/** The two databases. They open just after Home is first drawn (see main.tsx). */
export interface KioskDbs {
  records: RecordsDb;
  content: ContentDb;
}

/** What every screen past the first ones may need: the active catalogue and the databases. */
export interface KioskServices extends KioskDbs {
  catalogue: Catalogue;
}

/** What the app has: the catalogue from the start, the databases once open (null until then). */
export interface KioskContextValue {
  catalogue: Catalogue;
  dbs: KioskDbs | null;
}

const KioskContext = createContext<KioskContextValue | null>(null);

export function KioskProvider({
  value,
  children,
}: {
  value: KioskContextValue;
  children: ReactNode;
}) {
  return <KioskContext.Provider value={value}>{children}</KioskContext.Provider>;
}

function useKioskContext(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) throw new Error('useKiosk outside KioskProvider');
  return value;
}

/** The catalogue. Home and the questions use only this, so they draw before IndexedDB opens. */
export function useCatalogue(): Catalogue {
  return useKioskContext().catalogue;
}

/** Whether the databases are open; screens that need them wait behind `DbsReady`. */
export function useDbsOpen(): boolean {
  return useKioskContext().dbs !== null;
}

/**
 * The catalogue and the databases. Only for components drawn behind `DbsReady` (every screen
 * after the result, staff screens, the status line): before the databases open this throws.
 */
export function useKiosk(): KioskServices {
  const { catalogue, dbs } = useKioskContext();
  const services = useMemo(() => dbs && { catalogue, ...dbs }, [catalogue, dbs]);
  if (!services) throw new Error('useKiosk before the databases are open: wrap it in DbsReady');
  return services;
}
