// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { LegalAidPrescreen } from './LegalAidPrescreen';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { useSession } from '../session/session-store';
import { defaultCatalogue } from '../../../shared/catalogue/default';
import type { LegalAidMatter } from '../../../shared/catalogue/schema';

function matter(id: string): LegalAidMatter {
  const m = defaultCatalogue.legalAid.matters.find((x) => x.id === id);
  if (!m) throw new Error(`no matter ${id}`);
  return m;
}
function tap(testId: string) {
  fireEvent.click(screen.getByTestId(testId));
}
const outcome = () => screen.queryByTestId('legal-aid-outcome')?.textContent ?? null;

afterEach(() => {
  cleanup();
  useSession.getState().reset();
});

describe('LegalAidPrescreen', () => {
  it('"no hardship" asks about the Art. 42 groups before any outcome', () => {
    renderKiosk(<LegalAidPrescreen matter={matter('socialBenefits')} />);
    expect(screen.queryByTestId('proof-groups')).toBeNull();
    tap('hardship-no');
    const groups = screen.getByTestId('proof-groups').textContent;
    expect(groups).toContain('没有固定生活来源的未成年人、老年人、残疾人');
    expect(groups).toContain('《中华人民共和国法律援助法》第四十二条');
    expect(outcome()).toBeNull();
  });

  it('in a group: may still qualify, what proof to bring, and the centre decides', () => {
    renderKiosk(<LegalAidPrescreen matter={matter('labourPay')} />);
    tap('hardship-no');
    tap('proof-group-yes');
    const text = outcome() ?? '';
    expect(text).toContain('您仍然可能符合申请法律援助的条件');
    expect(text).toContain('低保证明');
    expect(text).toContain('由法律援助中心审查决定');
    expect(text).toContain('不一定是徐汇区法律援助中心');
    expect(text).toContain('第四十二条');
  });

  it('in no group: unlikely, but ask the volunteer (English)', () => {
    renderKiosk(<LegalAidPrescreen matter={matter('labourPay')} />, { locale: 'en' });
    tap('hardship-no');
    tap('proof-group-no');
    expect(outcome()).toContain('ask the volunteer on duty today');
    expect(outcome()).toContain('Articles 31, 38 and 41');
  });

  it('money is hard: may qualify, and proof of an Art. 42 group spares the finances check', () => {
    renderKiosk(<LegalAidPrescreen matter={matter('labourPay')} />);
    tap('hardship-yes');
    expect(screen.queryByTestId('proof-groups')).toBeNull();
    const text = outcome() ?? '';
    expect(text).toContain('您可能符合申请法律援助的条件');
    expect(text).toContain('就不用再审查您家的经济困难状况');
    expect(text).toContain('第四十二条');
  });

  it('changing the hardship answer clears the group answer', () => {
    renderKiosk(<LegalAidPrescreen matter={matter('labourPay')} />);
    tap('hardship-no');
    tap('proof-group-yes');
    tap('hardship-yes');
    expect(screen.queryByTestId('proof-groups')).toBeNull();
    expect(outcome()).toContain('您可能符合申请法律援助的条件');
    tap('hardship-no');
    expect(outcome()).toBeNull();
  });

  it('Art. 32 matters ask neither question', () => {
    renderKiosk(<LegalAidPrescreen matter={matter('abuseVictim')} />);
    expect(screen.queryByTestId('hardship-no')).toBeNull();
    expect(screen.queryByTestId('proof-groups')).toBeNull();
    expect(outcome()).toContain('第三十二条');
  });
});
