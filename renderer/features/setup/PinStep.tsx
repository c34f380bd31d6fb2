import { PinChooser } from './PinChooser';
import { useSetup } from './setup-store';

/** The technician PIN, set before the kiosk counts as set up. */
export function PinStep() {
  return (
    <PinChooser
      onSaved={() => useSetup.getState().next()}
      onBack={() => useSetup.getState().back()}
    />
  );
}
