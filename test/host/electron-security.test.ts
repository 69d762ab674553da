import { describe, expect, it, vi } from 'vitest';

// electron/main/security.ts imports `session` from 'electron', which has no runtime under vitest.
// Only that import is stubbed; the functions under test are pure URL decisions.
vi.mock('electron', () => ({ session: {} }));

import { APP_ORIGIN, isAppUrl, isExternalLinkAllowed } from '../../electron/main/security';

describe('isAppUrl', () => {
  it('names our bundle origin', () => {
    expect(APP_ORIGIN).toBe('app://bundle');
  });

  it.each<[string, boolean]>([
    ['app://bundle/index.html', true],
    ['app://bundle/', true],
    ['app://bundle', true],
    ['app://bundle/assets/index-abc123.js', true],
    ['app://bundle/index.html#/context', true],
    ['app://bundle/index.html?x=1', true],
    // app: is not a WHATWG special scheme, so Node's URL keeps the host as spelled: refused (safe;
    // Chromium hands over the canonical lower-case URL for a registered standard scheme).
    ['APP://BUNDLE/index.html', false],
    ['app://other/', false],
    ['app://other/index.html', false],
    ['app://bundle@evil/', false],
    ['app://bundle:x@evil/', false],
    ['app://user@bundle/', false],
    ['app://user:pw@bundle/', false],
    ['app://bundle.evil.com/', false],
    ['app://evil.bundle/', false],
    ['app://bundle:8080/', false],
    ['app:bundle/index.html', false],
    ['app:///index.html', false],
    ['apps://bundle/', false],
    ['file:///index.html', false],
    ['file://bundle/index.html', false],
    ['http://127.0.0.1', false],
    ['http://127.0.0.1:5173/', false],
    ['http://bundle/', false],
    ['https://bundle/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['blob:app://bundle/5f1c', false],
    ['about:blank', false],
    ['/index.html', false],
    ['bundle/index.html', false],
    ['not a url', false],
    ['', false],
    ['%%%', false],
  ])('%j -> %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('isExternalLinkAllowed', () => {
  it.each<[string, boolean]>([
    ['https://www.iso.org/standard/27001', true],
    ['https://example.com/', true],
    ['https://example.com:8443/help?q=1#x', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['https://user@example.com/', false],
    ['https://user:pw@example.com/', false],
    ['https://:pw@example.com/', false],
    ['http://example.com/', false],
    ['http://127.0.0.1:8080/', false],
    ['file:///etc/passwd', false],
    ['file://server/share', false],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,hi', false],
    ['app://bundle/index.html', false],
    ['ftp://example.com/', false],
    ['mailto:someone@example.com', false],
    ['smb://server/share', false],
    ['ms-msdt:/id', false],
    ['vbscript:msgbox', false],
    ['//example.com/', false],
    ['example.com', false],
    ['https//example.com', false],
    ['', false],
    ['not a url', false],
  ])('%j -> %s', (url, expected) => {
    expect(isExternalLinkAllowed(url)).toBe(expected);
  });
});
