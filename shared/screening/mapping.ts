import type { DraftMapping, MappedField } from './work-order';
import { MAPPED_FIELDS } from './work-order';

/**
 * Header words the hotline's exports use for each field, most specific first. Exports differ by
 * system and year ("工单编号", "工单号", "受理编号"...), so a first import starts from a guess the
 * user checks; after that the street's saved mapping is used.
 */
const SYNONYMS: Record<MappedField, readonly string[]> = {
  orderNo: ['工单编号', '工单号', '受理编号', '编号', 'orderno', 'ordernumber'],
  receivedAt: ['受理时间', '来电时间', '登记时间', '派单时间', '时间', 'receivedat', 'received'],
  street: ['所属街镇', '街道', '街镇', 'street'],
  community: ['所属居委', '居委会', '居委', '社区', 'community'],
  address: ['事发地址', '诉求地址', '地址', 'address'],
  request: ['诉求内容', '来电内容', '反映内容', '诉求', '内容', 'request'],
  hotlineCategory: ['诉求分类', '问题分类', '业务分类', '分类', 'category'],
  urgency: ['紧急程度', '是否紧急', '紧急', 'urgency', 'urgent'],
};

/** A header as compared: no spaces or line breaks, full-width letters and brackets folded. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(].*?[)）]/g, '')
    .toLowerCase();
}

/** A first mapping for a file's header: each field to the best-matching column, or null. */
export function suggestMapping(headers: readonly string[]): DraftMapping {
  const taken = new Set<string>();
  const mapping = {} as Record<MappedField, string | null>;
  for (const field of MAPPED_FIELDS) {
    let found: string | null = null;
    for (const word of SYNONYMS[field]) {
      found = headers.find((h) => !taken.has(h) && normalizeHeader(h) === word) ?? null;
      if (found === null)
        found = headers.find((h) => !taken.has(h) && normalizeHeader(h).includes(word)) ?? null;
      if (found !== null) break;
    }
    if (found !== null) taken.add(found);
    mapping[field] = found;
  }
  return mapping;
}

/** A saved mapping fits a file when every column it names is in the file's header. */
export function mappingFits(mapping: DraftMapping, headers: readonly string[]): boolean {
  return MAPPED_FIELDS.every((f) => mapping[f] === null || headers.includes(mapping[f]));
}
