import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// electron/main/security.ts imports `session` from 'electron', which has no runtime under vitest.
// Only that import is stubbed; the functions under test are pure URL decisions.
vi.mock('electron', () => ({ session: {} }));

import { APP_ORIGIN, appRequestPath, externalLinkQuestion, isAppUrl, isExternalLinkAllowed } from '../../electron/main/security';

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

describe('appRequestPath (app:// decoding that cannot throw)', () => {
  const root = '/opt/isms/out/renderer';
  it.each<[string, string | null]>([
    ['app://bundle/index.html', `${root}/index.html`],
    ['app://bundle/', `${root}/index.html`],
    ['app://bundle/assets/app%20one.js', `${root}/assets/app one.js`],
    ['app://bundle/%E0%A4%A', null],
    ['app://bundle/%', null],
    ['app://bundle/%ZZ', null],
    ['app://bundle/%00index.html', null],
    ['app://bundle/..%2F..%2Fetc%2Fpasswd', null],
    ['app://bundle/assets/..%2F..%2F..%2Fsecret', null],
    ['app://bundle/..%5C..%5Csecret', null],
    ['app://other/index.html', null],
    ['app://user@bundle/index.html', null],
    ['https://bundle/index.html', null],
    ['not a url', null],
  ])('%s -> %s', (url, expected) => {
    expect(appRequestPath(root, url)).toBe(expected);
  });
});

describe('external links', () => {
  it('asks before opening, with Cancel as the default', () => {
    const q = externalLinkQuestion('https://www.iso.org/standard/27001');
    expect(q.buttons[q.defaultId]).toBe('Cancel');
    expect(q.cancelId).toBe(q.defaultId);
    expect(q.detail).toContain('https://www.iso.org/standard/27001');
  });
});

describe('packaging and window settings', () => {
  const read = (p: string) => readFileSync(resolve(__dirname, '../..', p), 'utf8');
  it('flips the fuses in the packaged build', () => {
    const config = read('build/electron-builder.yml');
    for (const line of [
      'runAsNode: false',
      'enableCookieEncryption: true',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
    ]) {
      expect(config).toMatch(new RegExp(`^electronFuses:[\\s\\S]*^\\s+${line}$`, 'm'));
    }
  });
  it('turns spellcheck off and DevTools off when packaged', () => {
    const window = read('electron/main/window.ts');
    expect(window).toMatch(/spellcheck: false/);
    expect(window).toMatch(/devTools: !app\.isPackaged/);
    expect(window).not.toMatch(/spellcheck: true/);
  });
});
