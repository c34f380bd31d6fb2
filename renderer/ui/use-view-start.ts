import { useEffect, type RefObject } from 'react';

/**
 * A new view starts at the top of the page, with focus on its heading so that a screen reader
 * announces it: a new screen (App), or a new step drawn by the same screen (the separate consent
 * for sensitive information), which would otherwise open scrolled to wherever the last one was.
 */
export function useViewStart(root: RefObject<HTMLElement | null>, view: unknown): void {
  useEffect(() => {
    window.scrollTo(0, 0);
    root.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [root, view]);
}
