import { z } from 'zod';

/** The 13 streets and towns (街道/镇) of Xuhui District, each with a living room by 2024. */
export const STREETS = [
  { id: 'tianping', zh: '天平路街道', en: 'Tianping Road Subdistrict' },
  { id: 'hunan', zh: '湖南路街道', en: 'Hunan Road Subdistrict' },
  { id: 'xietu', zh: '斜土路街道', en: 'Xietu Road Subdistrict' },
  { id: 'fenglin', zh: '枫林路街道', en: 'Fenglin Road Subdistrict' },
  { id: 'changqiao', zh: '长桥街道', en: 'Changqiao Subdistrict' },
  { id: 'tianlin', zh: '田林街道', en: 'Tianlin Subdistrict' },
  { id: 'hongmei', zh: '虹梅路街道', en: 'Hongmei Road Subdistrict' },
  { id: 'kangjian', zh: '康健新村街道', en: 'Kangjian Xincun Subdistrict' },
  { id: 'xujiahui', zh: '徐家汇街道', en: 'Xujiahui Subdistrict' },
  { id: 'lingyun', zh: '凌云路街道', en: 'Lingyun Road Subdistrict' },
  { id: 'longhua', zh: '龙华街道', en: 'Longhua Subdistrict' },
  { id: 'caohejing', zh: '漕河泾街道', en: 'Caohejing Subdistrict' },
  { id: 'huajing', zh: '华泾镇', en: 'Huajing Town' },
] as const;

export type StreetId = (typeof STREETS)[number]['id'];
export const StreetId = z.enum(STREETS.map((s) => s.id) as [StreetId, ...StreetId[]]);

export function streetById(id: StreetId): (typeof STREETS)[number] {
  const street = STREETS.find((s) => s.id === id);
  if (!street) throw new Error(`unknown street ${id}`);
  return street;
}
