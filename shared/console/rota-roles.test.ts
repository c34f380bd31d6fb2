import { describe, expect, it } from 'vitest';
import { composeWho, ROTA_ROLES, splitWho } from './rota-roles';

describe('rota roles', () => {
  it('writes the role before the name as the seed rota does, and reads it back', () => {
    expect(composeWho('literate', ' 赵阿姨 ')).toBe('法律明白人 赵阿姨');
    for (const r of ROTA_ROLES)
      expect(splitWho(composeWho(r.id, '张三'))).toEqual({ role: r.id, name: '张三' });
  });

  it('keeps a line without a known role as the name alone', () => {
    expect(composeWho('other', '徐汇公证处 王公证员')).toBe('徐汇公证处 王公证员');
    expect(splitWho('徐汇公证处 王公证员')).toEqual({ role: 'other', name: '徐汇公证处 王公证员' });
    expect(splitWho('志愿律师张律师')).toEqual({ role: 'other', name: '志愿律师张律师' });
  });
});
