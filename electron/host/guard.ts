import { timingSafeEqual } from 'node:crypto';

/**
 * Pure decisions of the loopback host, table-tested in test/host/guard.test.ts.
 * The host answers only to itself: the Host header must name the loopback address and our port
 * (defeats DNS rebinding), a browser Origin must be ours (defeats cross-site requests), and every
 * request carries the per-run token.
 */
export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** No Origin (curl, the CLI, same-origin GET) is fine; a foreign one is not. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function tokenMatches(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(authorization ?? '');
  return match ? match[1] : null;
}

export function cookieToken(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'isms_token') return rest.join('=');
  }
  return null;
}

/** RPC method names as the contract spells them: area.action, letters only. */
export function methodFromPath(pathname: string): string | null {
  const match = /^\/rpc\/([a-z]+\.[A-Za-z]+)$/.exec(pathname);
  return match ? match[1] : null;
}

/** A file name for /exports/NAME: one path segment, no traversal, no hidden files. */
export function safeFileName(name: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    return null;
  }
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,200}$/u.test(decoded) || decoded.includes('..')) return null;
  return decoded;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine injects style attributes and <style> tags at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
