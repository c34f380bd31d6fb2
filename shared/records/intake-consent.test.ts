import { describe, expect, it } from 'vitest';
import { Intake, IntakeFields, KioskRecord } from './intake';
import { CONTACT, makeIntake } from '../sync/fixtures';

const consented = makeIntake(1);
const refused = makeIntake(4);
const contact = CONTACT;

/** The issue messages a record gets (the rules' fixed reason codes), or [] when it is valid. */
function reasons(record: unknown): string[] {
  const parsed = KioskRecord.safeParse(record);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}

describe('Intake refuses what consent did not allow', () => {
  it('accepts the kiosk-built shapes: full consent, and the anonymous queue entry', () => {
    expect(consented.consent.general).toBe(true);
    expect(refused.consent.general).toBe(false);
    expect(reasons(consented)).toEqual([]);
    expect(reasons(refused)).toEqual([]);
  });

  it('refuses a surname or phone without general consent', () => {
    expect(reasons({ ...refused, contact })).toEqual(['consent_missing']);
    expect(reasons({ ...refused, contact: { ...contact, surname: null } })).toEqual([
      'consent_missing',
    ]);
    expect(
      reasons({
        ...refused,
        contact: { ...contact, surname: null, salutation: null, phone: null },
      }),
    ).toEqual([]);
  });

  it('refuses sensitive kinds unless consent.sensitive is true (false or never asked)', () => {
    for (const sensitive of [false, null]) {
      const record = {
        ...consented,
        sensitive: ['health'],
        consent: { ...consented.consent, sensitive },
      };
      expect(reasons(record)).toEqual(['sensitive_consent_missing']);
    }
    const agreed = {
      ...consented,
      sensitive: ['health'],
      consent: { ...consented.consent, sensitive: true },
    };
    expect(reasons(agreed)).toEqual([]);
  });

  it('refuses contact choices that reveal health or a minor without sensitive consent', () => {
    const visit = { ...consented, contact: { ...contact, homeVisit: { reason: 'illness' } } };
    const group = { ...consented, contact: { ...contact, focusGroups: ['youth'] } };
    const plain = { ...consented, contact: { ...contact, focusGroups: ['elderly'] } };
    expect(reasons(visit)).toEqual(['sensitive_consent_missing']);
    expect(reasons(group)).toEqual(['sensitive_consent_missing']);
    expect(reasons(plain)).toEqual([]);
  });

  it('still reads an intake stored before the rules (IntakeFields), while Intake refuses it', () => {
    const old = { ...refused, contact };
    expect(IntakeFields.safeParse(old).success).toBe(true);
    expect(Intake.safeParse(old).success).toBe(false);
  });
});
