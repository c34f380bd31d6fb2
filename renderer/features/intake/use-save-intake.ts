import { useCallback } from 'react';
import { useKiosk } from '../../app/kiosk-context';
import { useSession } from '../session/session-store';
import { usePrefs } from '../accessibility/prefs-store';
import { recommend } from '../../../shared/intake/recommend';
import { siteOffer } from '../../../shared/intake/room-offers';
import { currentSiteView } from '../../content/use-site-view';
import { buildIntakeDraft } from '../../../shared/records/build-intake';
import { localIso } from '../../../shared/records/ticket';
import { saveIntakeLazily } from '../../db/resident-saves';
import { requestSync } from '../../sync/sync-signal';

/**
 * Save the intake (and its outbox entry) locally, then show the ticket. Saving is local only: the
 * hub is told afterwards by the sync loop, so a dead network never blocks a resident.
 */
export function useSaveIntake() {
  const { catalogue, records } = useKiosk();
  return useCallback(
    async (consent: { consentGeneral: boolean; consentSensitive: boolean | null }) => {
      const s = useSession.getState();
      if (!s.flow || s.saving) return;
      s.saveStarted();
      // The same room offer as the result screen showed (useSiteView), so the intake names the
      // X services the resident saw.
      const rec = recommend(catalogue, s.flow, siteOffer(currentSiteView().xServices));
      const draft = buildIntakeDraft({
        catalogue,
        prompt: s.flow.prompt,
        answers: s.flow.answers,
        services: rec.services.map((h) => h.id),
        legalAid: rec.legalAid
          ? {
              matterId: rec.legalAid.id,
              article: rec.legalAid.article,
              hardship: rec.legalAid.article === 31 ? s.hardship : null,
            }
          : null,
        sensitive: rec.sensitive,
        ...consent,
        contact: s.contact,
        locale: usePrefs.getState().locale,
        now: localIso(new Date()),
      });
      const result = await saveIntakeLazily(records, draft);
      useSession.getState().saveFinished(result);
      if (result.ok) requestSync('record-created');
    },
    [catalogue, records],
  );
}
