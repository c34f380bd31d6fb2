import { CORE_SERVICE_IDS, PROMPT_KEYS } from './ids';
import { LOCALES, type Catalogue } from './schema';

/**
 * What the catalogue points at must exist: one flow per prompt, every core service declared once,
 * and the services, tips and legal-aid matters named by answers declared in this catalogue (an
 * "X" service only counts if the catalogue lists it in `services`).
 */
export function checkReferences(c: Catalogue): string[] {
  const errors: string[] = [];
  errors.push(
    ...duplicates(
      'prompt',
      c.flows.map((f) => f.prompt),
      'has two flows',
    ),
  );
  for (const prompt of PROMPT_KEYS) {
    if (!c.flows.some((f) => f.prompt === prompt)) errors.push(`prompt "${prompt}" has no flow`);
  }
  errors.push(
    ...duplicates(
      'service',
      c.services.map((s) => s.id),
      'is declared twice',
    ),
  );
  for (const id of CORE_SERVICE_IDS) {
    if (!c.services.some((s) => s.id === id))
      errors.push(`core service "${id}" is not declared in services`);
  }
  errors.push(
    ...duplicates(
      'tip',
      c.tips.map((t) => t.id),
      'is declared twice',
    ),
  );
  errors.push(
    ...duplicates(
      'legal-aid matter',
      c.legalAid.matters.map((m) => m.id),
      'is declared twice',
    ),
  );

  const services = new Set(c.services.map((s) => s.id));
  const tips = new Set(c.tips.map((t) => t.id));
  const matters = new Set(c.legalAid.matters.map((m) => m.id));
  for (const flow of c.flows) {
    for (const q of flow.questions) {
      for (const o of q.options) {
        const where = `flow "${flow.prompt}", question "${q.id}", option "${o.id}"`;
        for (const s of o.services) {
          if (!services.has(s.id))
            errors.push(`${where}: service "${s.id}" is not declared in services`);
        }
        for (const t of o.tips) {
          if (!tips.has(t)) errors.push(`${where}: tip "${t}" does not exist`);
        }
        if (o.legalAid !== undefined) {
          if (!matters.has(o.legalAid))
            errors.push(`${where}: legal-aid matter "${o.legalAid}" does not exist`);
          // The pre-screen card explains legal aid; the service list must offer it too.
          if (!o.services.some((s) => s.id === 'legalAid')) {
            errors.push(
              `${where}: links legal-aid matter "${o.legalAid}" but does not suggest the legalAid service`,
            );
          }
        }
      }
    }
  }
  return errors;
}

/**
 * Every text key the catalogue uses exists in both locales, and every string is used: a key with
 * no user is usually a typo on the other side.
 */
export function checkStrings(c: Catalogue): string[] {
  const errors: string[] = [];
  const used = referencedTextKeys(c);
  for (const [key, where] of used) {
    for (const locale of LOCALES) {
      if (!Object.hasOwn(c.strings[locale], key)) {
        errors.push(`text "${key}" (${where}) is missing in ${locale}`);
      }
    }
  }
  for (const locale of LOCALES) {
    for (const key of Object.keys(c.strings[locale])) {
      if (!used.has(key)) errors.push(`text "${key}" in ${locale} is not used by anything`);
    }
  }
  return errors;
}

/** Every text key the catalogue refers to, with the first place that uses it. */
export function referencedTextKeys(c: Catalogue): Map<string, string> {
  const keys = new Map<string, string>();
  const use = (key: string | undefined, where: string) => {
    if (key !== undefined && !keys.has(key)) keys.set(key, where);
  };
  for (const s of c.services) {
    const where = `service "${s.id}"`;
    use(s.nameKey, where);
    use(s.teamKey, where);
    use(s.summaryKey, where);
  }
  for (const flow of c.flows) {
    const where = `flow "${flow.prompt}"`;
    use(flow.titleKey, where);
    use(flow.blurbKey, where);
    for (const q of flow.questions) {
      use(q.textKey, `${where}, question "${q.id}"`);
      use(q.helpKey, `${where}, question "${q.id}"`);
      for (const o of q.options) {
        const at = `${where}, question "${q.id}", option "${o.id}"`;
        use(o.labelKey, at);
        for (const s of o.services) use(s.reasonKey, at);
      }
    }
  }
  for (const t of c.tips) {
    const where = `tip "${t.id}"`;
    use(t.titleKey, where);
    for (const item of t.itemKeys) use(item, where);
    use(t.sourceKey, where);
  }
  const la = c.legalAid;
  for (const m of la.matters) use(m.labelKey, `legal-aid matter "${m.id}"`);
  for (const key of [
    la.hardshipQuestionKey,
    la.mayQualifyKey,
    la.noHardshipTestKey,
    la.unlikelyKey,
  ]) {
    use(key, 'legal-aid screen');
  }
  for (const key of [la.decidesKey, la.sourceArt31Key, la.sourceArt32Key, ...la.bringKeys]) {
    use(key, 'legal-aid screen');
  }
  return keys;
}

function duplicates(what: string, ids: readonly string[], problem: string): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const errors: string[] = [];
  for (const id of ids) {
    if (seen.has(id) && !reported.has(id)) {
      errors.push(`${what} "${id}" ${problem}`);
      reported.add(id);
    }
    seen.add(id);
  }
  return errors;
}
