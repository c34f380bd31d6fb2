import { useLayoutEffect, type DependencyList, type RefObject } from 'react';

export interface FitOptions {
  /** How many levels the stylesheet defines for this screen, 0 being "everything". */
  levels: number;
  /** What must be on screen without scrolling. */
  mustSee: (root: HTMLElement) => Iterable<Element>;
  /** What covers the foot of the window (the action bar), so the rest must end above it. */
  footer?: (root: HTMLElement) => Element | null;
}

/**
 * Makes a screen give way, step by step, until what must be seen without scrolling is on screen:
 * sets `data-fit` on `ref`'s element to the first level, from 0 (everything) to `levels - 1`
 * (the tightest; the stylesheet says what each level leaves out), at which every element that
 * `mustSee` returns ends inside the window (and above the footer) when the page is scrolled to
 * the top.
 *
 * It runs before the first paint and whenever `deps` change (language, text size, content), when
 * the window is resized, and when one of those elements comes into or goes out of full view for
 * any other reason (the top bar growing once the room's name arrives, say).
 */
export function useFitLevel(
  ref: RefObject<HTMLElement | null>,
  { levels, mustSee, footer }: FitOptions,
  deps: DependencyList,
): void {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const fit = () => {
      for (let level = 0; level < levels; level++) {
        root.dataset.fit = String(level);
        const covered = footer?.(root)?.getBoundingClientRect().height ?? 0;
        if (allInView(mustSee(root), covered)) return;
      }
    };
    fit();
    window.addEventListener('resize', fit);
    const watch =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(fit, { threshold: 1 });
    for (const element of mustSee(root)) watch?.observe(element);
    return () => {
      window.removeEventListener('resize', fit);
      watch?.disconnect();
    };
    // The caller's deps say when the content changed; ref and the options are fixed per screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/**
 * Whether each element ends inside the window, `covered` pixels clear of its foot, measured from
 * the page's top (a sticky footer covers the foot of the window however far one scrolls).
 */
function allInView(elements: Iterable<Element>, covered: number): boolean {
  const { clientHeight, clientWidth } = document.documentElement;
  for (const element of elements) {
    const box = element.getBoundingClientRect();
    if (
      box.bottom + window.scrollY > clientHeight - covered ||
      box.right + window.scrollX > clientWidth
    )
      return false;
  }
  return true;
}
