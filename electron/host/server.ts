import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { dispatch, type InternalErrorLogger } from '../core/dispatcher';
import type { HandlerContext } from '../core/platform';
import type { Envelope } from '../../shared/errors';
import {
  bearerToken,
  CONTENT_SECURITY_POLICY,
  cookieToken,
  hostAllowed,
  methodFromPath,
  originAllowed,
  safeFileName,
  tokenMatches,
} from './guard';

/**
 * The loopback host: the same dispatcher and handlers as the Electron main process, over HTTP on
 * 127.0.0.1, for browser mode (`npm run serve`), the e2e tests and machines without the Electron
 * runtime. POST /rpc/METHOD with a JSON body and `Authorization: Bearer TOKEN`; the answer is the
 * same envelope as IPC.
 */
export interface HostOptions {
  ctx: HandlerContext;
  /** The built renderer (vite output). */
  staticDir: string;
  /** Where exports written in browser mode are offered for download. */
  exportsDir: string;
  port?: number;
  token?: string;
  log?: (line: string) => void;
  /** Where INTERNAL failures go (the app's log file, electron/core/log.ts); defaults to `log`. */
  logInternal?: InternalErrorLogger;
  /** Tests shorten the timeouts; the defaults are HOST_LIMITS. */
  limits?: Partial<HostLimits>;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Limits (issue 10, item 10; docs/security.md lists them). A 20 MB evidence file arrives as about
 * 27 MB of base64 (shared/contract/attachments.ts), hence 32 MiB per body. Bodies over 1 MiB are
 * read one at a time (others are told to retry), so parallel uploads cannot take the host's memory;
 * slow or idle clients are cut off, and at most MAX_CONNECTIONS sockets are open at once.
 */
export const HOST_LIMITS = {
  maxBody: 32 * 1024 * 1024,
  largeBody: 1024 * 1024,
  maxConnections: 64,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  idleTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
} as const;
export type HostLimits = { [K in keyof typeof HOST_LIMITS]: number };

/** The one slot for a large body being read, per host. */
interface LargeBodySlot {
  taken: boolean;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
};

const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function refuse(res: ServerResponse, status: number, message: string) {
  const code = status === 404 ? 'NOT_FOUND' : status === 503 ? 'IO' : status >= 500 ? 'INTERNAL' : 'VALIDATION';
  const body: Envelope<never> = { ok: false, error: { code, message } };
  res.writeHead(status, { ...baseHeaders, 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

type BodyResult = string | 'too-large' | 'busy';

/** Reads a JSON body within the limits; a large one only when the large-body slot is free. */
function readBody(req: IncomingMessage, limits: HostLimits, slot: LargeBodySlot): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limits.maxBody) return Promise.resolve('too-large');
  let holdsSlot = false;
  const takeSlot = () => {
    if (holdsSlot) return true;
    if (slot.taken) return false;
    slot.taken = holdsSlot = true;
    return true;
  };
  const giveSlot = () => {
    if (holdsSlot) slot.taken = holdsSlot = false;
  };
  if (declared > limits.largeBody && !takeSlot()) return Promise.resolve('busy');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      chunks.length = 0;
      giveSlot();
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      // Answer now and stop reading; the connection closes after the answer is sent.
      if (size > limits.maxBody) return finish('too-large');
      if (size > limits.largeBody && !takeSlot()) return finish('busy');
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      const body = Buffer.concat(chunks).toString('utf8');
      finish(body);
    });
    req.on('close', () => finish('too-large'));
    req.on('error', (err) => {
      giveSlot();
      if (!done) {
        done = true;
        reject(err);
      }
    });
  });
}

function sendFile(res: ServerResponse, file: string, extraHeaders: Record<string, string> = {}) {
  res.writeHead(200, {
    ...baseHeaders,
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...extraHeaders,
  });
  res.end(readFileSync(file));
}

/** A path inside `root`, or null for anything that would step outside it. */
function within(root: string, relative: string): string | null {
  const target = normalize(join(root, relative));
  return target.startsWith(normalize(root) + sep) && existsSync(target) && statSync(target).isFile() ? target : null;
}

export function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const log = options.log ?? (() => {});
  const limits: HostLimits = { ...HOST_LIMITS, ...options.limits };
  const slot: LargeBodySlot = { taken: false };
  const logInternal: InternalErrorLogger = options.logInternal ?? ((m, err) => log(`${m} failed: ${(err as Error)?.stack ?? String(err)}`));
  let port = options.port ?? 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!hostAllowed(req.headers.host, port)) return refuse(res, 403, 'Wrong Host header.');
    if (!originAllowed(req.headers.origin, port)) return refuse(res, 403, 'Requests from other sites are refused.');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return refuse(res, 400, 'That address is not valid.');
    }

    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST for /rpc/METHOD.');
      if (!tokenMatches(bearerToken(req.headers.authorization), token)) return refuse(res, 401, 'Missing or wrong token.');
      const method = methodFromPath(url.pathname);
      if (!method) return refuse(res, 404, 'No such method.');
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return refuse(res, 415, 'Send JSON (Content-Type: application/json).');
      const body = await readBody(req, limits, slot);
      if (body === 'too-large' || body === 'busy') {
        res.setHeader('Connection', 'close');
        if (body === 'busy') res.setHeader('Retry-After', '1');
        refuse(res, body === 'busy' ? 503 : 413, body === 'busy' ? 'Another large request is being received. Try again in a moment.' : 'The request is too large.');
        res.on('finish', () => req.destroy());
        return;
      }
      let input: unknown;
      try {
        input = body.trim() ? JSON.parse(body) : {};
      } catch {
        return refuse(res, 400, 'The body is not valid JSON.');
      }
      const envelope = await dispatch(options.ctx, method, input, logInternal);
      res.writeHead(200, { ...baseHeaders, 'Content-Type': 'application/json' });
      res.end(JSON.stringify(envelope));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    const queryToken = url.searchParams.get('token');
    const authorised = tokenMatches(queryToken, token) || tokenMatches(cookieToken(req.headers.cookie), token);
    if (!authorised) return refuse(res, 401, 'Open the address printed by the host, with its token.');
    // The token in the address becomes a cookie, so the page's own scripts and styles load.
    const cookie = { 'Set-Cookie': `isms_token=${token}; HttpOnly; SameSite=Strict; Path=/` };

    if (url.pathname.startsWith('/exports/')) {
      const name = safeFileName(url.pathname.slice('/exports/'.length));
      const file = name ? within(options.exportsDir, name) : null;
      if (!file) return refuse(res, 404, 'No such export.');
      return sendFile(res, file, { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name!)}` });
    }
    const asset = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    const file = within(options.staticDir, asset) ?? (extname(asset) ? null : within(options.staticDir, 'index.html'));
    if (!file) return refuse(res, 404, 'Not found.');
    return sendFile(res, file, cookie);
  };

  const server = createServer({ headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, keepAliveTimeout: limits.keepAliveTimeoutMs }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`request failed: ${(err as Error)?.stack ?? String(err)}`);
      if (!res.headersSent) refuse(res, 500, 'The host failed to answer.');
      else res.end();
    });
  });

  server.maxConnections = limits.maxConnections;
  server.setTimeout(limits.idleTimeoutMs, (socket) => socket.destroy());

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
