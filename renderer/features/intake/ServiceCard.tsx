import type { ServiceHint } from '../../../shared/catalogue/schema';
import { useCatalogue } from '../../app/kiosk-context';
import { useCatalogueText } from '../../i18n/use-catalogue-text';

/** A service that fits, in one plain sentence, and the team that provides it. */
export function ServiceCard({ hint }: { hint: ServiceHint }) {
  const ct = useCatalogueText();
  const catalogue = useCatalogue();
  const service = catalogue.services.find((s) => s.id === hint.id);
  if (!service) return null;
  return (
    <article className="card service-card" data-testid={`service-${hint.id}`}>
      <h3>{ct(service.nameKey)}</h3>
      <p>{ct(hint.reasonKey)}</p>
      <p className="card__meta">{ct(service.teamKey)}</p>
    </article>
  );
}
