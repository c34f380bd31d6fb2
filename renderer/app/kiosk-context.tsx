import { createContext, useContext, type ReactNode } from 'react';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { RecordsDb } from '../db/records-db';
import type { ContentDb } from '../db/content-db';

/** What every screen may need: the active catalogue and the two databases. */
export interface KioskServices {
  catalogue: Catalogue;
  records: RecordsDb;
  content: ContentDb;
}

const KioskContext = createContext<KioskServices | null>(null);

export function KioskProvider({ value, children }: { value: KioskServices; children: ReactNode }) {
  return <KioskContext.Provider value={value}>{children}</KioskContext.Provider>;
}

export function useKiosk(): KioskServices {
  const services = useContext(KioskContext);
  if (!services) throw new Error('useKiosk outside KioskProvider');
  return services;
}
