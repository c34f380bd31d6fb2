import { useEffect, useState } from 'react';
import { useKiosk } from '../../app/kiosk-context';
import type { Intake } from '../../../shared/records/intake';
import { intakeById } from './queue';

/**
 * The kiosk intake behind a ticket (its id is the case id): undefined while it is read, null when
 * there is none (a walk-in, or an intake already pruned).
 */
export function useIntake(intakeId: string | null): Intake | null | undefined {
  const { records } = useKiosk();
  const [found, setFound] = useState<{ id: string; intake: Intake | null } | null>(null);
  useEffect(() => {
    if (!intakeId) return;
    let live = true;
    void intakeById(records, intakeId).then(
      (intake) => live && setFound({ id: intakeId, intake: intake ?? null }),
    );
    return () => {
      live = false;
    };
  }, [records, intakeId]);
  if (!intakeId) return null;
  return found?.id === intakeId ? found.intake : undefined;
}
