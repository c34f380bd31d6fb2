/**
 * Who stands on a duty slot of the weekly rota (每周轮班值守). The published rota keeps one line of
 * text per slot (`RotaEntry.who`, shown as-is by every kiosk and on the paper notice), and the
 * seed's rota writes the role before the name: 志愿律师 张律师, 人民调解员 李老师, 法律明白人 赵阿姨.
 * The console's form offers these roles and writes the line the same way, so a kiosk that knows
 * nothing of roles still shows who is on duty and in which capacity.
 */
export const ROTA_ROLES = [
  { id: 'lawyer', zh: '志愿律师', en: 'Volunteer lawyer' },
  { id: 'mediator', zh: '人民调解员', en: 'People’s mediator' },
  { id: 'joint', zh: '联合咨询', en: 'Joint consultation' },
  { id: 'leader', zh: '法治带头人', en: 'Rule-of-law leader' },
  { id: 'literate', zh: '法律明白人', en: 'Legally literate resident' },
  { id: 'governance', zh: '社区治理达人', en: 'Community governance expert' },
] as const;
export type RotaRoleId = (typeof ROTA_ROLES)[number]['id'];

/** The rota line for a role and a name ("other": the name alone). */
export function composeWho(role: RotaRoleId | 'other', name: string): string {
  const found = ROTA_ROLES.find((r) => r.id === role);
  const trimmed = name.trim();
  return found ? `${found.zh} ${trimmed}` : trimmed;
}

/** A rota line split back into its role and name, for editing; unknown prefixes are "other". */
export function splitWho(who: string): { role: RotaRoleId | 'other'; name: string } {
  for (const r of ROTA_ROLES)
    if (who.startsWith(`${r.zh} `)) return { role: r.id, name: who.slice(r.zh.length + 1) };
  return { role: 'other', name: who };
}
