import type { ReactNode } from 'react';
import { ScreenNav } from './ScreenNav';

/**
 * The foot of every resident screen: Back and Start over on the left, the screen's main actions
 * (take a ticket, agree, save) on the right. It stays in view at the bottom of the window while
 * the content above it scrolls, so on a small screen the button that gives a ticket is never
 * three screens down under the tips (issue 14).
 */
export function ActionBar({
  children,
  onBack,
  onStartOver,
}: {
  children?: ReactNode;
  onBack?: () => void;
  onStartOver?: () => void;
}) {
  return (
    <div className="action-bar" data-testid="action-bar">
      {onStartOver && <ScreenNav onBack={onBack} onStartOver={onStartOver} />}
      {children && <div className="action-bar__main">{children}</div>}
    </div>
  );
}
