import { describe, expect, it } from 'vitest';
import { answered, serviceIds, tipIds, type WalkedPath } from '../../intake/all-paths';
import { contentChecks } from './content-checks';
import { defaultCatalogue as catalogue } from './index';

/**
 * Deadlines decide whether a resident keeps a right, so which deadline tip shows on which path is
 * tested here by walking every path of every prompt: a later content edit cannot quietly put the
 * Civil Code's three years on a one-year path, or send a work injury to forensic appraisal.
 */
const { paths, zh, en, tip, tipZh, tipEn, where, pathsWhere } = contentChecks(catalogue);

/** Tips that state a one-year limit (labour arbitration, work-injury recognition). */
const ONE_YEAR_TIPS = ['work-injury', 'labour-arbitration', 'double-wages', 'severance'];
const isWorkInjury = (p: WalkedPath) =>
  answered(p, 'labour', 'issue', ['injury']) || answered(p, 'dispute', 'injuryHow', ['work']);

describe('one-year paths never show the three-year limitation tip', () => {
  it('no path that shows a one-year tip shows the three-year tip', () => {
    for (const path of paths.filter((p) => tipIds(p).some((id) => ONE_YEAR_TIPS.includes(id)))) {
      expect(tipIds(path), where(path)).not.toContain('limitation');
    }
  });

  it('no path of the labour prompt shows the three-year tip', () => {
    for (const path of pathsWhere((p) => p.state.prompt === 'labour')) {
      expect(tipIds(path), where(path)).not.toContain('limitation');
    }
  });

  it('every labour dispute (pay, no contract, injury, dismissal) shows a one-year tip', () => {
    const disputes = pathsWhere((p) =>
      answered(p, 'labour', 'issue', ['wages', 'noContract', 'injury', 'dismissed']),
    );
    for (const path of disputes) {
      expect(
        tipIds(path).some((id) => ONE_YEAR_TIPS.includes(id)),
        where(path),
      ).toBe(true);
    }
  });

  it('a work injury, from either prompt, shows the work-injury tip and not the general ones', () => {
    for (const path of pathsWhere(isWorkInjury)) {
      expect(tipIds(path), where(path)).toContain('work-injury');
      expect(tipIds(path), where(path)).not.toContain('limitation');
      expect(tipIds(path), where(path)).not.toContain('injury');
    }
    // Both prompts lead there.
    expect(pathsWhere((p) => answered(p, 'dispute', 'injuryHow', ['work'])).length).toBeGreaterThan(
      0,
    );
  });

  it('the work-injury tip states the recognition and arbitration limits (Regs. Art. 17; Art. 27)', () => {
    const text = tipZh('work-injury');
    expect(text).toContain('单位应当自受伤之日（职业病自诊断、鉴定之日）起30日内');
    expect(text).toContain('受伤职工本人、近亲属或者工会组织，可以自受伤之日');
    expect(text).toContain('起1年内直接申请');
    expect(text).toContain('申请劳动仲裁的时效一般是一年');
    expect(tipEn('work-injury')).toContain('within one year of the injury');
    expect(zh(tip('work-injury').sourceKey)).toContain('《工伤保险条例》第十七条');
    expect(zh(tip('work-injury').sourceKey)).toContain('劳动争议调解仲裁法》第二十七条');
  });
});

describe('a work injury is graded by the labour capacity appraisal committee', () => {
  it('no work-injury path suggests forensic appraisal; every one suggests a lawyer', () => {
    for (const path of pathsWhere(isWorkInjury)) {
      expect(serviceIds(path), where(path)).not.toContain('forensic');
      expect(path.result.services, where(path)).toContainEqual({
        id: 'lawyer',
        reasonKey: 'reason.lawyer.workInjury',
      });
    }
  });

  it('the tip and the lawyer’s reason name the committee (Regs. Arts. 21-23)', () => {
    expect(tipZh('work-injury')).toContain('向市劳动能力鉴定委员会申请');
    expect(tipZh('work-injury')).toContain('这和司法鉴定不是一回事');
    expect(tipEn('work-injury')).toContain('labour capacity appraisal committee');
    expect(zh('reason.lawyer.workInjury')).toContain('市劳动能力鉴定委员会');
    expect(zh(tip('work-injury').sourceKey)).toContain('第二十一条至第二十三条');
  });

  it('other injuries (traffic, medical, rescue, fight, other) still go to forensic appraisal', () => {
    const others = pathsWhere((p) =>
      answered(p, 'dispute', 'injuryHow', ['traffic', 'medical', 'helping', 'fight', 'other']),
    );
    for (const path of others) {
      expect(serviceIds(path), where(path)).toContain('forensic');
      expect(tipIds(path), where(path)).toContain('injury');
    }
    expect(zh('reason.forensic.injury')).toContain('不是上班时受的伤');
    expect(tipZh('injury')).toContain('上班时受的伤不一样：伤残等级由市劳动能力鉴定委员会评定');
  });
});

describe('double wages for no written contract (Labour Contract Law Art. 82)', () => {
  it('say plainly the one-year limit generally applies and the claim can be lost', () => {
    expect(tipZh('double-wages')).toContain('一般不算劳动报酬，要在一年的劳动仲裁时效内申请');
    expect(tipZh('double-wages')).toContain('就可能拿不到');
    expect(tipEn('double-wages')).toContain('you can lose it');
    expect(zh(tip('double-wages').sourceKey)).toContain('劳动合同法》第八十二条');
    expect(zh(tip('double-wages').sourceKey)).toContain('劳动争议调解仲裁法》第二十七条');
  });

  it('send the resident to a lawyer quickly on every path that shows them', () => {
    for (const path of pathsWhere((p) => tipIds(p).includes('double-wages'))) {
      if (!answered(path, 'labour', 'issue', ['noContract'])) continue; // learning only
      expect(path.result.services[0], where(path)).toEqual({
        id: 'lawyer',
        reasonKey: 'reason.lawyer.doubleWages',
      });
    }
  });

  it('"pay owed during employment is not time-limited" never stands without the exception', () => {
    const arbitration = tip('labour-arbitration').itemKeys.map(zh);
    const unlimited = arbitration.filter((t) => t.includes('不受这一年的限制'));
    expect(unlimited).toHaveLength(1);
    expect(unlimited[0]).toContain('两倍工资一般不算劳动报酬，不适用这一条');
    expect(tipEn('labour-arbitration')).toContain('does not apply to them');
    // The two do meet on a path: the exception is what makes that safe.
    pathsWhere(
      (p) => tipIds(p).includes('double-wages') && tipIds(p).includes('labour-arbitration'),
    );
  });
});

describe('dismissal (Labour Contract Law Arts. 47 and 87)', () => {
  it('every dismissal path shows severance and double compensation for unlawful dismissal', () => {
    for (const path of pathsWhere((p) => answered(p, 'labour', 'issue', ['dismissed']))) {
      expect(tipIds(path), where(path)).toContain('severance');
    }
    const text = tipZh('severance');
    expect(text).toContain(
      '每满一年，给一个月工资；六个月以上不满一年的，按一年算；不满六个月的，给半个月工资',
    );
    expect(text).toContain('按经济补偿标准的二倍支付赔偿金');
    expect(tipEn('severance')).toContain('Limits apply for high earners');
    expect(zh(tip('severance').sourceKey)).toContain('第四十七条、第八十七条');
  });
});

describe('the three-year limitation tip (Civil Code Arts. 188, 195, 196)', () => {
  it('keeps "knew or should have known", the 20-year cap, interruption and the exceptions', () => {
    const text = tipZh('limitation');
    expect(text).toContain('知道或者应当知道权利受到损害以及义务人');
    expect(text).toContain('超过二十年的');
    expect(text).toContain('时效中断，重新计算');
    expect(text).toContain('停止侵害、排除妨碍、消除危险');
    expect(text).toContain('赡养费、抚养费、扶养费');
    expect(tipEn('limitation')).toContain('knew, or should have known');
    expect(tipEn('limitation')).toContain('interrupted and starts again');
    expect(tipEn('limitation')).toContain('These claims have no time limit');
    expect(en(tip('limitation').sourceKey)).toBe(
      'Civil Code of the PRC, Articles 188, 195 and 196',
    );
  });

  it('shows on older family, neighbour and debt disputes', () => {
    const older = pathsWhere(
      (p) =>
        answered(p, 'dispute', 'with', ['family', 'neighbours', 'debt']) &&
        answered(p, 'dispute', 'howLong', ['years', 'long', 'unsure']),
    );
    for (const path of older) expect(tipIds(path), where(path)).toContain('limitation');
  });
});

describe('divorce by registration (Civil Code Art. 1077)', () => {
  it('states both 30-day periods wherever the cooling-off tip shows', () => {
    expect(tipZh('divorce-cooling-off')).toContain(
      '30天冷静期满后的30天内，双方要亲自一起到婚姻登记机关申请发给离婚证；没有去的，视为撤回离婚登记申请',
    );
    expect(tipEn('divorce-cooling-off')).toContain('the application counts as withdrawn');
    for (const path of pathsWhere((p) =>
      answered(p, 'family', 'divorceAgree', ['both', 'thinking']),
    )) {
      expect(tipIds(path), where(path)).toContain('divorce-cooling-off');
    }
  });
});

describe('cancelling a contract (Civil Code Arts. 147-152)', () => {
  it('shows the deadlines to a resident who was deceived, forced or wants out', () => {
    for (const path of pathsWhere((p) =>
      answered(p, 'contract', 'signedWorry', ['deceived', 'cancel']),
    )) {
      expect(tipIds(path), where(path)).toContain('contract-cancel');
    }
    const text = tipZh('contract-cancel');
    for (const words of ['一年内', '九十日内', '从胁迫行为终止之日起一年内', '五年内没有撤销的']) {
      expect(text).toContain(words);
    }
    expect(zh(tip('contract-cancel').sourceKey)).toContain('第一百四十七条至第一百五十二条');
  });
});

describe('wills (Civil Code Art. 1142)', () => {
  it('say the last will counts, and that the old rule may matter for wills made before 2021', () => {
    expect(tipZh('will-forms')).toContain('以最后一份为准，公证遗嘱不再优先');
    expect(tipZh('will-forms')).toContain('如果有遗嘱是2021年以前立的');
    expect(tipZh('will-forms')).toContain('请问律师');
    expect(tipEn('will-forms')).toContain('made before 2021');
  });
});
