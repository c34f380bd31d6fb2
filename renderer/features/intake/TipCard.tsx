import { useTranslation } from 'react-i18next';
import type { Tip } from '../../../shared/catalogue/schema';
import { useCatalogueText } from '../../i18n/use-catalogue-text';

/** A checklist or a piece of law in plain words, always with its source where it states the law. */
export function TipCard({ tip }: { tip: Tip }) {
  const { t } = useTranslation();
  const ct = useCatalogueText();
  return (
    <article className="card tip-card" data-testid={`tip-${tip.id}`}>
      <h3>{ct(tip.titleKey)}</h3>
      <ul className="checklist">
        {tip.itemKeys.map((key) => (
          <li key={key}>{ct(key)}</li>
        ))}
      </ul>
      {tip.sourceKey && (
        <p className="card__source">
          {t('result.source')}
          {ct(tip.sourceKey)}
        </p>
      )}
    </article>
  );
}
