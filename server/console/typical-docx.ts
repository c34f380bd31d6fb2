import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import { promptsText } from '../../shared/catalogue/default/prompts';
import { servicesText } from '../../shared/catalogue/default/services';
import { streetById } from '../../shared/sites';
import type { TypicalCaseView } from '../../shared/typical-cases/schema';

/**
 * 典型案例汇编: the approved typical cases as one Word document (the `docx` package writes the
 * OOXML; docs/libraries.md): a cover, a contents page listing every case, then each case under
 * its heading with its facts, resolution, the services that worked together and the law
 * applied. The contents are written out as text rather than a Word TOC field, which would show
 * empty until someone presses "update fields".
 */
const NUMERALS = '零一二三四五六七八九十';

/** 1 → 一, 12 → 十二, 25 → 二十五: how compilations number their cases. */
export function chineseNumber(n: number): string {
  if (n < 11) return NUMERALS[n] ?? String(n);
  if (n < 20) return `十${NUMERALS[n - 10] ?? ''}`;
  if (n < 100)
    return `${NUMERALS[Math.floor(n / 10)] ?? ''}十${n % 10 === 0 ? '' : NUMERALS[n % 10]}`;
  return String(n);
}

const serviceName = (id: string) => servicesText[`service.${id}.name`]?.[0] ?? id;
const promptName = (key: string) => promptsText[`${key}.title`]?.[0] ?? key;

const body = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => new Paragraph({ children: [new TextRun(line)], spacing: { after: 120 } }));
const label = (text: string) =>
  new Paragraph({
    children: [new TextRun({ text, bold: true })],
    spacing: { before: 200, after: 80 },
  });

export async function typicalCasesDocx(
  cases: readonly TypicalCaseView[],
  { title, subtitle, date }: { title: string; subtitle: string; date: string },
): Promise<Buffer> {
  const cover = [
    new Paragraph({ text: '', spacing: { before: 3000 } }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: title, bold: true, size: 52 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: subtitle, size: 28 })],
      spacing: { before: 400 },
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: date, size: 28 })],
      spacing: { before: 200 },
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const contents = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: '目录' }),
    ...(cases.length === 0
      ? [new Paragraph('（本汇编暂无案例）')]
      : cases.map(
          (c, i) =>
            new Paragraph({ text: `${chineseNumber(i + 1)}、${c.title}`, spacing: { after: 80 } }),
        )),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const chapters = cases.flatMap((c, i) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: `${chineseNumber(i + 1)}、${c.title}` }),
    new Paragraph({
      children: [
        new TextRun({
          text: `${streetById(c.street).zh} · ${c.year}年 · ${promptName(c.prompt)}`,
          italics: true,
        }),
      ],
    }),
    label('【基本案情】'),
    ...body(c.facts),
    label('【处理结果】'),
    ...body(c.resolution),
    label('【联动服务】'),
    new Paragraph(c.services.map(serviceName).join('、')),
    label('【法律依据】'),
    ...body(c.law),
    ...(i < cases.length - 1 ? [new Paragraph({ children: [new PageBreak()] })] : []),
  ]);
  const doc = new Document({
    title,
    creator: '徐汇区司法局',
    styles: { default: { document: { run: { font: 'SimSun', size: 24 } } } },
    sections: [{ children: [...cover, ...contents, ...chapters] }],
  });
  return Packer.toBuffer(doc);
}
