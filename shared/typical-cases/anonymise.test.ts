import { describe, expect, it } from 'vitest';
import { findPersonalInfo, maskPersonalInfo } from './anonymise';

const kinds = (text: string) => findPersonalInfo(text).map((f) => [f.kind, f.text]);

describe('finding personal information in a typical case', () => {
  it('finds each kind in a realistic case written from the desk notes', () => {
    const text =
      '居民张建国（身份证号310104195603120417，1956年3月12日出生）家住天钥桥路100弄5号302室，' +
      '联系电话13812345678。其子张明与儿媳因赡养问题发生争执，张建国多次拨打座机64871234无果。';
    expect(kinds(text)).toEqual([
      ['name', '张建国'],
      ['idNumber', '310104195603120417'],
      ['birthDate', '1956年3月12日出生'],
      ['address', '天钥桥路100弄5号302室'],
      ['phone', '13812345678'],
      ['name', '张明'],
      ['name', '张建国'],
      ['phone', '64871234'],
    ]);
  });

  it('reads numbers the ways people write them', () => {
    expect(kinds('手机：138 1234 5678')).toEqual([['phone', '138 1234 5678']]);
    expect(kinds('电话+86-139-1234-5678。')).toEqual([['phone', '+86-139-1234-5678']]);
    expect(kinds('座机021-64871234')).toEqual([['phone', '021-64871234']]);
    expect(kinds('证件号31010419560312041X')).toEqual([['idNumber', '31010419560312041X']]);
    expect(kinds('出生于1948年11月')).toEqual([['birthDate', '1948年11月']]);
    expect(kinds('老人出生日期：1950-02-03。')).toEqual([['birthDate', '1950-02-03']]);
    expect(kinds('住在漕溪北路88号3号楼1203室')).toEqual([['address', '漕溪北路88号3号楼1203室']]);
  });

  it('finds names by their label, their honorific, or two names joined', () => {
    expect(kinds('申请人李秀英称')).toEqual([['name', '李秀英']]);
    expect(kinds('王建国先生前来咨询')).toEqual([['name', '王建国']]);
    expect(kinds('欧阳娜娜女士')).toEqual([['name', '欧阳娜娜']]);
    expect(kinds('刘伟与陈静系夫妻关系')).toEqual([
      ['name', '刘伟'],
      ['name', '陈静'],
    ]);
  });

  it('leaves alone what is already masked and everyday words', () => {
    const text =
      '居民王某与邻居李某因装修噪音发生纠纷。2023年11月3号，人民调解员上门调解，' +
      '双方达成协议。依据《民法典》第二百八十八条、第二百九十四条。两室一厅的房子，金额12000元。' +
      '居民高度评价此次服务，王先生表示满意。';
    expect(findPersonalInfo(text)).toEqual([]);
    expect(maskPersonalInfo(text)).toBe(text);
  });
});

describe('masking', () => {
  it('masks each finding as case compilations write it, and finds nothing after', () => {
    const text =
      '居民张建国（1956年3月12日出生）家住天钥桥路100弄5号302室，电话13812345678，' +
      '身份证号310104195603120417。张建国称其子不付赡养费。欧阳娜娜女士到场。';
    const masked = maskPersonalInfo(text);
    expect(masked).toBe(
      '居民张某（（出生日期略））家住（地址略），电话（电话略），' +
        '身份证号（身份证号略）。张某称其子不付赡养费。欧阳某女士到场。',
    );
    expect(findPersonalInfo(masked)).toEqual([]);
  });
});
