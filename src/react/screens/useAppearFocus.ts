import { useEffect, type FocusEvent, type RefObject } from 'react';

/** Set on an element while it holds focus the kit moved there (styles.css draws no ring for it). */
const KIT_FOCUS = 'data-lx-focus';

/**
 * Moves focus to `ref` (a screen's heading, in its header, in the frame) when the screen appears or its
 * `key` changes, so that keyboard and screen-reader users land on what
 * replaced the content they were on. It does so only
 * - after the user has acted on the page (never on first load, where a page
 *   of several screens would open scrolled to the last one),
 * - when focus is lost (on `<body>`, its control gone), inside this screen,
 *   or on a heading the kit focused before: a screen never takes focus from
 *   a control the user is on, and the screen that appeared last wins;
 * and never scrolls. No ring is drawn for this focus (Chromium would treat it
 * as `:focus-visible`); keyboard focus on the actions keeps its ring.
 */
export function useAppearFocus(ref: RefObject<HTMLElement | null>, key: unknown): void {
  useEffect(() => {
    const target = ref.current;
    if (!target) return;
    const doc = target.ownerDocument;
    const active = doc.activeElement;
    const lost = active === doc.body || active?.hasAttribute(KIT_FOCUS);
    if (doc.defaultView?.navigator.userActivation?.hasBeenActive === false || (!lost && !target.parentElement?.parentElement?.contains(active))) return;
    target.setAttribute(KIT_FOCUS, 'kit');
    // `focusVisible` where supported (Firefox, Safari); the attribute does it elsewhere.
    target.focus({ preventScroll: true, focusVisible: false } as FocusOptions);
  }, [ref, key]);
}

/** The heading's `onBlur`: the kit's focus has moved on, a later focus is drawn as usual. */
export function clearAppearFocus(event: FocusEvent<HTMLElement>): void {
  event.currentTarget.removeAttribute(KIT_FOCUS);
}
