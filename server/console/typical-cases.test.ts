import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempHubDb } from '../testing/temp-db';
import { seedRoom, seedRoutedCase } from './testing/seed-cases';
import { seedAccount } from './testing/console-client';
import { caseScopeInfo } from './case-scope';
import type { Account } from './accounts';
import { ConsoleRefusal } from './refusal';
import {
  approveTypicalCase,
  createTypicalCase,
  listTypicalCases,
  PersonalInfoFound,
  publishTypicalCase,
} from './typical-cases';
import { typicalCasesDocx, chineseNumber } from './typical-docx';
import { pullChanges } from '../store/changes';
import type { Db } from '../db/open';
import { TypicalCasesQuery } from '../../shared/console/requests';
import type { TypicalCaseDraft } from '../../shared/typical-cases/schema';

const NOW = Date.parse('2026-11-20T02:00:00Z');
let db: Db;
let cleanup: () => void;
let author: Account;
let second: Account;
let caseId: string;
const IP = '127.0.0.1';

const DRAFT: TypicalCaseDraft = {
  prompt: 'family',
  title: '赡养纠纷联合调解',
  facts: '老人王某（八十二岁）的三名子女因赡养费分担发生争执，老人到客厅求助。',
  resolution: '人民调解员与志愿律师共同接待，子女签订赡养协议，按月支付。',
  law: '《中华人民共和国民法典》第一千零六十七条、第一千零七十四条',
  services: ['mediation', 'lawyer'],
};

beforeEach(async () => {
  ({ db, cleanup } = openTempHubDb());
  const room = seedRoom(db, 'xujiahui', NOW);
  caseId = seedRoutedCase(db, room, ['mediation', 'lawyer'], NOW);
  author = await seedAccount(db, 'jiedao', 'street-office', { street: 'xujiahui' });
  second = await seedAccount(db, 'zhongtai', 'middle-office');
});
afterEach(() => cleanup());

const target = () => {
  const info = caseScopeInfo(db, caseId);
  if (!info) throw new Error('no case');
  return info;
};
// The case's own events (resolved, reported, closed) are the desk's; here only its status matters.
const closeCase = () =>
  db.prepare(`UPDATE cases SET status = 'closed' WHERE case_id = ?`).run(caseId);
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConsoleRefusal) return e.code;
    if (e instanceof PersonalInfoFound) return e.problems;
    throw e;
  }
  return 'ok';
};

describe('typical cases at the hub', () => {
  it('is written only from a closed case', () => {
    expect(code(() => createTypicalCase(db, author, target(), DRAFT, IP, NOW))).toBe(
      'case_not_closed',
    );
    closeCase();
    expect(createTypicalCase(db, author, target(), DRAFT, IP, NOW)).toMatchObject({
      status: 'draft',
      street: 'xujiahui',
      year: 2026,
      mine: true,
    });
  });

  it('refuses text with a phone number, saying where, and stores nothing', () => {
    closeCase();
    const facts = `${DRAFT.facts}其女联系电话13812345678。`;
    const problems = code(() =>
      createTypicalCase(db, author, target(), { ...DRAFT, facts }, IP, NOW),
    );
    expect(problems).toEqual([
      {
        field: 'facts',
        kind: 'phone',
        start: facts.indexOf('138'),
        end: facts.indexOf('138') + 11,
      },
    ]);
    expect(db.prepare('SELECT COUNT(*) FROM typical_cases').pluck().get()).toBe(0);
  });

  it('needs a second person to approve; then it is in the library and can be published to kiosks', () => {
    closeCase();
    const draft = createTypicalCase(db, author, target(), DRAFT, IP, NOW);
    const library = () =>
      listTypicalCases(db, second, null, TypicalCasesQuery.parse({})).rows.map((r) => r.id);
    expect(library()).toEqual([]);
    expect(code(() => publishTypicalCase(db, second, draft.id, true, IP, NOW))).toBe(
      'typical_case_not_approved',
    );
    expect(code(() => approveTypicalCase(db, author, draft.id, IP, NOW))).toBe(
      'approver_is_author',
    );
    const approved = approveTypicalCase(db, second, draft.id, IP, NOW);
    expect(approved).toMatchObject({
      status: 'approved',
      approvedBy: 'zhongtai',
      author: 'jiedao',
    });
    expect(library()).toEqual([draft.id]);
    const q = (o: Record<string, unknown>) => {
      const query = TypicalCasesQuery.parse(o);
      return listTypicalCases(db, second, query.street ?? null, query).total;
    };
    expect([q({ prompt: 'family' }), q({ prompt: 'labour' })]).toEqual([1, 0]);
    expect([q({ service: 'lawyer' }), q({ service: 'notary' })]).toEqual([1, 0]);
    expect([q({ year: 2026 }), q({ year: 2025 })]).toEqual([1, 0]);
    expect([q({ street: 'xujiahui' }), q({ street: 'tianping' })]).toEqual([1, 0]);

    publishTypicalCase(db, second, draft.id, true, IP, NOW);
    const [change] = pullChanges(db, 'any-site', 0, 100).changes.filter(
      (c) => c.kind === 'typicalCase',
    );
    expect(change?.body).toMatchObject({ id: draft.id, prompt: 'family', withdrawn: false });
    publishTypicalCase(db, second, draft.id, false, IP, NOW);
    const [withdrawn] = pullChanges(db, 'any-site', 0, 100).changes.filter(
      (c) => c.kind === 'typicalCase',
    );
    expect(withdrawn?.body).toMatchObject({ withdrawn: true });
  });
});

describe('the DOCX compilation', () => {
  it('numbers cases the Chinese way', () => {
    expect([1, 10, 12, 20, 25].map(chineseNumber)).toEqual(['一', '十', '十二', '二十', '二十五']);
  });

  it('is a Word file with a cover, contents and each case', async () => {
    closeCase();
    const draft = createTypicalCase(db, author, target(), DRAFT, IP, NOW);
    const approved = approveTypicalCase(db, second, draft.id, IP, NOW);
    const file = await typicalCasesDocx([approved], {
      title: '公共法律服务客厅典型案例汇编',
      subtitle: '徐汇区司法局 编',
      date: '2026-11-20',
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'docx-'));
    try {
      writeFileSync(path.join(dir, 'out.docx'), file);
      const xml = execFileSync('unzip', ['-p', path.join(dir, 'out.docx'), 'word/document.xml'], {
        encoding: 'utf8',
      });
      for (const text of [
        '典型案例汇编',
        '目录',
        '一、赡养纠纷联合调解',
        '【法律依据】',
        '第一千零六十七条',
        '人民调解、律师咨询',
      ])
        expect(xml).toContain(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
