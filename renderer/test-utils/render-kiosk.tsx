import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { KioskProvider, type KioskServices } from '../app/kiosk-context';
import { createI18n } from '../i18n';
import { defaultCatalogue } from '../../shared/catalogue/default';
import { PROMPT_TILES } from '../../shared/catalogue/default/prompts';
import en from '../i18n/locales/en.json';
import { openRecordsDb } from '../db/records-db';
import { openContentDb } from '../db/content-db';
import { openDeviceDb } from '../db/device-db';
import type { Locale } from '../../shared/catalogue/schema';

let n = 0;

/** Render a component inside the kiosk's providers, on fresh fake-indexeddb databases. */
export function renderKiosk(
  ui: ReactElement,
  { locale = 'zh-CN' }: { locale?: Locale } = {},
): RenderResult & { services: KioskServices } {
  n += 1;
  const services: KioskServices = {
    catalogue: defaultCatalogue,
    records: openRecordsDb(`test-records-${n}`),
    content: openContentDb(`test-content-${n}`),
    device: openDeviceDb(`test-device-${n}`),
  };
  const i18n = createI18n({ catalogue: defaultCatalogue.strings, locale, ui: { en } });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <KioskProvider
        value={{
          prompts: PROMPT_TILES,
          catalogue: services.catalogue,
          dbs: { records: services.records, content: services.content, device: services.device },
        }}
      >
        {ui}
      </KioskProvider>
    </I18nextProvider>,
  );
  return { ...result, services };
}
