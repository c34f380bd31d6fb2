import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The floor for the kiosk benches: the least a React 19 page can do, built by Vite and served
 * exactly like the kiosk. One button, whose label counts its taps, so a tap re-renders something:
 * the cold load and the tap-to-screen figures are judged by how far above this the kiosk is.
 */
function FloorButton() {
  const [taps, setTaps] = useState(0);
  return (
    <button type="button" data-testid="floor-button" onClick={() => setTaps((n) => n + 1)}>
      {taps}
    </button>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <FloorButton />
  </StrictMode>,
);
