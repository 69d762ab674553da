import { useCallback, useEffect, useState } from 'react';
import { confirmLeave } from './drafts/guard';
import { unsavedLabels } from './drafts/store';

/**
 * Hash routes work the same under app:// and the loopback host. A route is a path plus optional
 * parameters (`#/clause/4.1?step=2&open=issue:…`): the wizard step and the open record live there
 * so a reload comes back to them (issue 9).
 */
function splitHash(): { path: string; params: URLSearchParams } {
  const hash = window.location.hash.replace(/^#/, '');
  const [path = '', query = ''] = hash.split('?');
  return { path: path.startsWith('/') ? path : '/', params: new URLSearchParams(query) };
}

export function currentRoute(): string {
  return splitHash().path;
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
let lastHash = typeof window === 'undefined' ? '' : window.location.hash;
let installed = false;

/** One hashchange listener for the whole app: links, Back and navigate() all pass the leave guard. */
function install() {
  if (installed) return;
  installed = true;
  lastHash = window.location.hash;
  window.addEventListener('hashchange', () => {
    const next = window.location.hash;
    const pathOf = (h: string) => h.replace(/^#/, '').split('?')[0];
    if (pathOf(next) !== pathOf(lastHash) && unsavedLabels().length > 0) {
      // Put the old page back while asking; go on only if the user chooses to leave.
      const previous = lastHash;
      history.replaceState(null, '', previous || '#/');
      void confirmLeave().then((leave) => {
        if (!leave) return;
        lastHash = next;
        history.replaceState(null, '', next);
        notify();
      });
      return;
    }
    lastHash = next;
    notify();
  });
}

/** Goes to another page, asking first when there are unsaved edits. */
export function navigate(route: string) {
  install();
  if (currentRoute() === route && !window.location.hash.includes('?')) return;
  const go = () => {
    lastHash = `#${route}`;
    window.location.hash = route;
    notify();
  };
  if (unsavedLabels().length === 0) return go();
  void confirmLeave().then((leave) => leave && go());
}

/** Goes to a page without asking: for when the old page's edits belong to a workspace now closed. */
export function resetRoute(route: string) {
  install();
  lastHash = `#${route}`;
  history.replaceState(null, '', lastHash);
  notify();
}

export function useRoute(): string {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    install();
    const update = () => setRoute(currentRoute());
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return route;
}

/** Sets or removes one route parameter in place (no history entry, no leave guard: same page). */
export function setRouteParam(name: string, value: string | null) {
  const { path, params } = splitHash();
  if (value === null) params.delete(name);
  else params.set(name, value);
  const query = params.toString();
  const hash = `#${path}${query ? `?${query}` : ''}`;
  if (hash === window.location.hash) return;
  lastHash = hash;
  history.replaceState(null, '', hash);
  notify();
}

/** A route parameter as state: survives reload, cleared when the user goes to another page. */
export function useRouteParam(name: string): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState<string | null>(() => splitHash().params.get(name));
  useEffect(() => {
    install();
    const update = () => setValue(splitHash().params.get(name));
    listeners.add(update);
    update();
    return () => void listeners.delete(update);
  }, [name]);
  const set = useCallback((v: string | null) => setRouteParam(name, v), [name]);
  return [value, set];
}

/**
 * The dialog open on a page, kept in the URL as `open=kind:id` (or `kind:new:…`) so that a reload
 * opens it again, with its draft (issue 9). Pages map the parts back to the record they name.
 */
export function useOpenDialog(): { parts: string[] | null; show: (...parts: string[]) => void; close: () => void } {
  const [value, setValue] = useRouteParam('open');
  const show = useCallback((...parts: string[]) => setValue(parts.map(encodeURIComponent).join(':')), [setValue]);
  const close = useCallback(() => setValue(null), [setValue]);
  return { parts: value ? value.split(':').map(decodeURIComponent) : null, show, close };
}

/** A page's tab, kept in the URL so a reload stays on it. */
export function useTabParam(fallback: string): [string, (tab: string | null) => void] {
  const [value, setValue] = useRouteParam('tab');
  return [value ?? fallback, (tab) => setValue(tab === fallback ? null : tab)];
}
