import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  CONTENT_SECURITY_POLICY,
  cookieToken,
  hostAllowed,
  methodFromPath,
  originAllowed,
  safeFileName,
  tokenMatches,
} from '../../electron/host/guard';

const PORT = 43117;
const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345'; // 32 chars, the shape randomBytes(24).toString('base64url') has

describe('hostAllowed', () => {
  it.each<[string | undefined, boolean]>([
    [`127.0.0.1:${PORT}`, true],
    [`localhost:${PORT}`, true],
    [`127.0.0.1:${PORT + 1}`, false],
    [`localhost:${PORT - 1}`, false],
    ['127.0.0.1', false],
    ['localhost', false],
    [`0.0.0.0:${PORT}`, false],
    [`[::1]:${PORT}`, false],
    [`evil.com:${PORT}`, false],
    ['evil.com', false],
    [`127.0.0.1.evil.com:${PORT}`, false],
    [`localhost.evil.com:${PORT}`, false],
    [`evil.com@127.0.0.1:${PORT}`, false],
    [`127.0.0.1:${PORT}.evil.com`, false],
    [` 127.0.0.1:${PORT}`, false],
    [`127.0.0.1:${PORT} `, false],
    [`127.0.0.1:0${PORT}`, false],
    ['', false],
    [undefined, false],
  ])('%j -> %s', (host, expected) => {
    expect(hostAllowed(host, PORT)).toBe(expected);
  });
});

describe('originAllowed', () => {
  it.each<[string | undefined, boolean]>([
    [undefined, true],
    [`http://127.0.0.1:${PORT}`, true],
    [`http://localhost:${PORT}`, true],
    [`https://127.0.0.1:${PORT}`, false],
    [`https://localhost:${PORT}`, false],
    ['null', false],
    ['', false],
    [`http://127.0.0.1:${PORT + 1}`, false],
    ['http://127.0.0.1', false],
    [`http://127.0.0.1:${PORT}/`, false],
    [`http://127.0.0.1.evil.com:${PORT}`, false],
    [`http://localhost.evil.com:${PORT}`, false],
    [`http://evil.localhost:${PORT}`, false],
    [`http://evil.com`, false],
    [`http://[::1]:${PORT}`, false],
    [`http://0.0.0.0:${PORT}`, false],
    [`HTTP://127.0.0.1:${PORT}`, false],
    [`app://bundle`, false],
  ])('%j -> %s', (origin, expected) => {
    expect(originAllowed(origin, PORT)).toBe(expected);
  });
});

describe('tokenMatches', () => {
  it.each<[string | undefined | null, boolean]>([
    [TOKEN, true],
    [TOKEN.slice(0, -1), false],
    [`${TOKEN}x`, false],
    [`${TOKEN.slice(0, -1)}6`, false],
    [TOKEN.toLowerCase(), false],
    ['', false],
    [null, false],
    [undefined, false],
    // Same length in characters, different length in bytes: must not throw from timingSafeEqual.
    [`${TOKEN.slice(0, -1)}é`, false],
  ])('%j -> %s', (given, expected) => {
    expect(tokenMatches(given, TOKEN)).toBe(expected);
  });
});

describe('bearerToken', () => {
  it.each<[string | undefined, string | null]>([
    [`Bearer ${TOKEN}`, TOKEN],
    ['Bearer abcdefghijklmnop', 'abcdefghijklmnop'], // 16 chars, the shortest accepted
    ['Bearer abcdefghijklmno', null], // 15 chars
    [`Bearer ${'a'.repeat(200)}`, 'a'.repeat(200)],
    [`Bearer ${'a'.repeat(201)}`, null],
    [`bearer ${TOKEN}`, null], // the scheme is matched case-sensitively (stricter than RFC 7235)
    [`BEARER ${TOKEN}`, null],
    [`Bearer  ${TOKEN}`, null],
    [` Bearer ${TOKEN}`, null],
    [`Bearer ${TOKEN} `, null],
    [`Bearer ${TOKEN} extra`, null],
    [`Bearer\t${TOKEN}`, null],
    [`Basic ${TOKEN}`, null],
    [`Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}`, null],
    [`Bearer ${TOKEN}=`, null],
    [`Bearer ${TOKEN.slice(0, 20)}+/${TOKEN.slice(22)}`, null],
    ['Bearer ', null],
    ['Bearer', null],
    [TOKEN, null],
    ['', null],
    [undefined, null],
  ])('%j -> %j', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});

describe('cookieToken', () => {
  it.each<[string | undefined, string | null]>([
    [`isms_token=${TOKEN}`, TOKEN],
    [`theme=dark; isms_token=${TOKEN}`, TOKEN],
    [`theme=dark;isms_token=${TOKEN}; other=1`, TOKEN],
    [`  isms_token=${TOKEN}  `, TOKEN],
    ['isms_token=a=b', 'a=b'],
    ['isms_token=', ''],
    [`x_isms_token=${TOKEN}`, null],
    [`isms_token_x=${TOKEN}`, null],
    [`ISMS_TOKEN=${TOKEN}`, null],
    [`other=isms_token=${TOKEN}`, null],
    ['theme=dark', null],
    ['', null],
    [undefined, null],
  ])('%j -> %j', (header, expected) => {
    expect(cookieToken(header)).toBe(expected);
  });

  it('an empty cookie value never authorises', () => {
    expect(tokenMatches(cookieToken('isms_token='), TOKEN)).toBe(false);
  });
});

describe('methodFromPath', () => {
  it.each<[string, string | null]>([
    ['/rpc/workspace.info', 'workspace.info'],
    ['/rpc/context.create', 'context.create'],
    ['/rpc/workspace.saveCopy', 'workspace.saveCopy'],
    ['/rpc/nope.nothing', 'nope.nothing'], // well formed; the dispatcher answers NOT_FOUND
    ['/rpc/__proto__', null],
    ['/rpc/constructor', null],
    ['/rpc/__proto__.x', null],
    ['/rpc/a.b/c', null],
    ['/rpc/a.b.c', null],
    ['/rpc/a.b/', null],
    ['/rpc/workspace%2Einfo', null],
    ['/rpc/workspace.info%00', null],
    ['/rpc/../x', null],
    ['/rpc/../workspace.info', null],
    ['/rpc//workspace.info', null],
    ['/rpc/Workspace.info', null],
    ['/rpc/work_space.info', null],
    ['/rpc/workspace.in-fo', null],
    ['/rpc/workspace.', null],
    ['/rpc/.info', null],
    ['/rpc/', null],
    ['/rpc', null],
    ['/RPC/workspace.info', null],
    ['/x/rpc/workspace.info', null],
    ['rpc/workspace.info', null],
    ['/rpc/workspace.info?x=1', null],
    ['/rpc/workspace.info\n', null],
  ])('%j -> %j', (path, expected) => {
    expect(methodFromPath(path)).toBe(expected);
  });
});

describe('safeFileName', () => {
  it.each<[string, string | null]>([
    ['report.docx', 'report.docx'],
    ['acme-ltd-context-issues-register-2026-11-29.docx', 'acme-ltd-context-issues-register-2026-11-29.docx'],
    ['Report%20(2).docx', 'Report (2).docx'],
    ['Übersicht_2026.docx', 'Übersicht_2026.docx'],
    ['%C3%9Cbersicht.docx', 'Übersicht.docx'],
    ['a', 'a'],
    ['..', null],
    ['../package.json', null],
    ['..%2fpackage.json', null],
    ['%2e%2e%2fpackage.json', null],
    ['%2e%2e%2f', null],
    ['%2E%2E', null],
    ['a..b.docx', null],
    ['a/b.docx', null],
    ['a%2fb.docx', null],
    ['a\\b.docx', null],
    ['a%5cb.docx', null],
    ['/etc/passwd', null],
    ['.env', null],
    ['.hidden.docx', null],
    ['%2ehidden', null],
    ['-rf', null],
    [' leading-space.docx', null],
    ['report.docx%00.exe', null],
    ['report\u202Excod.docx', null],
    ['a:b.docx', null],
    ['a*b', null],
    ['%', null],
    ['%E0%A4%A', null],
    ['%zz', null],
    ['', null],
    ['a'.repeat(201), 'a'.repeat(201)],
    ['a'.repeat(202), null],
    ['a'.repeat(10_000), null],
  ])('%j -> %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only our own scripts and no framing, plugins or form posts', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("frame-ancestors 'none'");
    expect(directives).toContain("form-action 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(directives.find((d) => d.startsWith('script-src'))).not.toMatch(/unsafe-inline/);
  });
});
