import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { PromptTile } from '../../shared/catalogue/default/prompts';
import type { RecordsDb } from '../db/records-db';
import type { ContentDb } from '../db/content-db';
import type { DeviceDb } from '../db/device-db';

/** The databases. They open just after Home is first drawn (see main.tsx). */
export interface KioskDbs {
  records: RecordsDb;
  content: ContentDb;
  /** What the technician set and must keep (the technician PIN): db/device-db.ts. */
  device: DeviceDb;
}

/** What every screen past the first ones may need: the active catalogue and the databases. */
export interface KioskServices extends KioskDbs {
  catalogue: Catalogue;
}

/**
 * What the app has. At first only the prompts' tiles, so Home draws from a small first download;
 * the catalogue and the databases arrive just after the first paint (null until then).
 */
export interface KioskContextValue {
  prompts: readonly PromptTile[];
  catalogue: Catalogue | null;
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

/** Home's seven tiles: the active catalogue's once it is loaded, the built-in ones before. */
export function usePromptTiles(): readonly PromptTile[] {
  const { prompts, catalogue } = useKioskContext();
  return catalogue?.flows ?? prompts;
}

/** What a screen behind `Ready` may wait for. */
export type Readiness = 'catalogue' | 'databases';

/** Whether the catalogue (or the catalogue and the databases) have arrived. */
export function useReady(needs: Readiness): boolean {
  const { catalogue, dbs } = useKioskContext();
  return catalogue !== null && (needs === 'catalogue' || dbs !== null);
}

/**
 * The catalogue. Only for components drawn behind `<Ready needs="catalogue">` (the questions and
 * the result): before it is loaded this throws.
 */
export function useCatalogue(): Catalogue {
  const { catalogue } = useKioskContext();
  if (!catalogue) throw new Error('useCatalogue before the catalogue is loaded: wrap it in Ready');
  return catalogue;
}

/**
 * The catalogue and the databases. Only for components drawn behind `<Ready needs="databases">`
 * (every screen after the result, staff screens, the status line): before they open this throws.
 */
export function useKiosk(): KioskServices {
  const { catalogue, dbs } = useKioskContext();
  const services = useMemo(() => dbs && catalogue && { catalogue, ...dbs }, [catalogue, dbs]);
  if (!services) throw new Error('useKiosk before the databases are open: wrap it in Ready');
  return services;
}
