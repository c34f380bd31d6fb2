import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/**
 * Realistic 12345 exports for tests, the browser journey and the bench: the odd headers hotline
 * systems write (a space, a bracketed note), a phone column the import must never keep, requests
 * in citizens' words, some urgent, some from the same address.
 */
export const HOTLINE_HEADERS = [
  ' 工单编号 ',
  '受理时间（派单）',
  '所属街镇',
  '所属居委',
  '事发地址',
  '诉求内容',
  '诉求分类',
  '紧急程度',
  '联系人',
  '联系电话',
] as const;

const REQUESTS = [
  ['楼上邻居天天半夜噪音，沟通无效', '邻里纠纷'],
  ['楼上卫生间漏水到我家天花板，楼上不肯修', '邻里纠纷'],
  ['物业不作为，小区停车乱收费', '物业管理'],
  ['房东不退押金，还说我损坏家具', '房屋租赁'],
  ['在饭店打工三个月，老板拖欠工资不发', '劳动保障'],
  ['父亲去世没有留遗嘱，房子怎么继承', '婚姻家庭'],
  ['母亲一个人住，儿子不肯付赡养费', '婚姻家庭'],
  ['健身房关门了，预付卡里的钱退不出来', '消费维权'],
  ['老人被推销保健品，说是高额回报的养老项目', '金融诈骗'],
  ['售后公房过户给女儿要交哪些税', '房屋管理'],
  ['路灯坏了好几天没人修', '市政设施'],
] as const;
const COMMUNITIES = ['汇站居委', '天钥居委', '乐山居委', '徐家汇花园居委', '潘家宅居委'];
const ROADS = ['天钥桥路', '漕溪北路', '乐山路', '南丹路', '宜山路'];

export interface HotlineRow {
  orderNo: string;
  receivedAt: string;
  street: string;
  community: string;
  address: string;
  request: string;
  category: string;
  urgency: string;
  name: string;
  phone: string;
}

/** `n` orders of a street's month, deterministic (row i is always the same order). */
export function hotlineRows(n: number, month = '2026-12', first = 1): HotlineRow[] {
  return Array.from({ length: n }, (_, k) => {
    const i = first + k;
    const [request, category] = REQUESTS[i % REQUESTS.length]!;
    const day = 1 + (i % 14);
    return {
      orderNo: `GD${month.replace('-', '')}${String(i).padStart(6, '0')}`,
      receivedAt: `${month}-${String(day).padStart(2, '0')} ${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      street: '徐汇区徐家汇街道',
      community: COMMUNITIES[i % COMMUNITIES.length]!,
      // Every seventh order comes from the same building: a repeated address.
      address: i % 7 === 0 ? '天钥桥路100弄3号' : `${ROADS[i % ROADS.length]}${10 + (i % 300)}号`,
      request,
      category,
      urgency: i % 23 === 0 ? '紧急' : '一般',
      name: '张先生',
      phone: `139${String(10_000_000 + i).slice(0, 8)}`,
    };
  });
}

const cells = (r: HotlineRow) => [
  r.orderNo,
  r.receivedAt,
  r.street,
  r.community,
  r.address,
  r.request,
  r.category,
  r.urgency,
  r.name,
  r.phone,
];

/** As CSV, quoted where needed; GB18030 (what many government systems export) or UTF-8. */
export function hotlineCsv(
  rows: readonly HotlineRow[],
  encoding: 'gb18030' | 'utf8' = 'gb18030',
  extraLines: readonly string[] = [],
): Buffer {
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const text = [
    HOTLINE_HEADERS.map(quote).join(','),
    ...rows.map((r) => cells(r).map(quote).join(',')),
    ...extraLines,
  ].join('\r\n');
  return encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'gb18030');
}

/**
 * As XLSX, written with exceljs's streaming writer (so the bench can make 50,000 rows without
 * holding the workbook). A cell given as `{ formula }` is written as a real formula.
 */
export async function hotlineXlsx(
  rows: Iterable<HotlineRow>,
  extra: readonly (string | { formula: string })[][] = [],
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => out.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const sheet = workbook.addWorksheet('工单');
  sheet.addRow([...HOTLINE_HEADERS]).commit();
  for (const r of rows) sheet.addRow(cells(r)).commit();
  for (const row of extra) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
