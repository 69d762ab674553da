import { session, type WebContents } from 'electron';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../host/guard';

/**
 * Every security hook in one place (DESIGN.md, Security baseline). URL decisions are pure functions,
 * table-tested in test/host/electron-security.test.ts.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Only our own bundle may be shown in the window. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Links that may be handed to the system browser (help pages); everything else is dropped. */
export function isExternalLinkAllowed(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * The file an app:// request names inside the built renderer, or null. Never throws: a malformed
 * URL or `%` escape, a NUL, a backslash or a path that climbs out of `root` is simply not found.
 */
export function appRequestPath(root: string, rawUrl: string): string | null {
  let url: URL;
  let decoded: string;
  try {
    url = new URL(rawUrl);
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded.replace(/^\/+/, '') || 'index.html';
  const file = normalize(join(root, rel));
  const inside = relative(root, file);
  if (!inside || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return file;
}

/** The question asked before a link leaves the app for the system browser. */
export function externalLinkQuestion(url: string) {
  return {
    type: 'question' as const,
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
    message: 'Open this link in your web browser?',
    detail: `${url}\n\nISMS Workbench works offline; this page is on the internet.`,
  };
}

export function installSessionSecurity() {
  const ses = session.defaultSession;
  // Permission requests (camera, notifications, geolocation...) are all denied: the app needs none.
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void) {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) openExternal(url);
    return { action: 'deny' };
  });
}
