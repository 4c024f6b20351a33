import { useLocation } from 'react-router';

/** The header that names the page view a request belongs to (the API's VIEW_HEADER). */
export const VIEW_HEADER = 'x-aanwezig-view';

/** A random uuid (v4); `crypto.randomUUID` exists only in secure contexts, `getRandomValues` everywhere. */
export function newViewId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let shown: { path: string; id: string } = { path: '', id: newViewId() };

/**
 * The view of the page shown now: every request the page sends (its queries, a reload after a change
 * or a live event) carries it, so the access log writes one row per record the person saw on this
 * visit of the page, not one per request. Another page, or the same page visited again, is a new view.
 */
export function currentPageView(): string {
  return shown.id;
}

/** Starts a new page view when the address changes; call it above the routes, before the page's queries run. */
export function usePageView(): string {
  const { pathname, search } = useLocation();
  const path = `${pathname}${search}`;
  // Set during render, before the new page's effects send its requests; the same address keeps its id.
  if (shown.path !== path) shown = { path, id: newViewId() };
  return shown.id;
}
