import type { MethodName, MethodInput, MethodOutput } from '../../../shared/contract';
import { isErrorCode, type AppErrorShape, type Envelope, type ErrorCode } from '../../../shared/errors';
import type { AppEvent } from '../../../shared/events';

/**
 * The only module that talks to the main process: through the preload bridge in Electron, and
 * through the loopback host (POST /rpc/METHOD with the per-run token) in a browser.
 */
interface Bridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(listener: (event: unknown) => void): () => void;
}

declare global {
  interface Window {
    isms?: Bridge;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
  }
  /** Field messages of a VALIDATION error, keyed by field path. */
  get fieldErrors(): Record<string, string> {
    const fields = (this.details as { fields?: Array<{ path: string; message: string }> } | undefined)?.fields ?? [];
    const out: Record<string, string> = {};
    for (const f of fields) if (f.path && !out[f.path]) out[f.path] = f.message;
    const field = (this.details as { field?: string } | undefined)?.field;
    if (field && !out[field]) out[field] = this.message;
    return out;
  }
}

const TOKEN_KEY = 'isms-host-token';

function hostToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export const inDesktopApp = () => typeof window !== 'undefined' && window.isms !== undefined;

async function viaHost(method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`/rpc/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${hostToken()}` },
    body: JSON.stringify(input ?? {}),
  });
  return res.json();
}

function asEnvelope(raw: unknown): Envelope<unknown> {
  if (raw && typeof raw === 'object' && 'ok' in raw) {
    if (raw.ok === true && 'value' in raw) return { ok: true, value: raw.value };
    const error = (raw as { error?: Partial<AppErrorShape> }).error;
    if (error && isErrorCode(error.code)) return { ok: false, error: { code: error.code, message: String(error.message ?? ''), details: error.details } };
  }
  return { ok: false, error: { code: 'INTERNAL', message: 'The app answered with something unexpected.' } };
}

const READ_ACTIONS = /^(list|get|info|summary|recent|download|verify)/;
const changeListeners = new Set<() => void>();

/** Called after every successful write, so screens showing workspace data reload. */
export function onDataChanged(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

export function notifyDataChanged() {
  for (const l of changeListeners) l();
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  let raw: unknown;
  try {
    raw = inDesktopApp() ? await window.isms!.invoke(method, input) : await viaHost(method, input);
  } catch {
    throw new ApiError({ code: 'IO', message: 'The app did not answer. Is it still running?' });
  }
  const envelope = asEnvelope(raw);
  if (!envelope.ok) throw new ApiError(envelope.error);
  if (!READ_ACTIONS.test(method.split('.')[1] ?? '')) notifyDataChanged();
  return envelope.value as MethodOutput<M>;
}

type AreaOf<N> = N extends `${infer A}.${string}` ? A : never;
type ActionOf<N, A extends string> = N extends `${A}.${infer X}` ? X : never;

/** The typed proxy: api.context.list({...}) is call('context.list', {...}). */
export type Api = {
  [A in AreaOf<MethodName>]: {
    [X in ActionOf<MethodName, A>]: (input: MethodInput<Extract<MethodName, `${A}.${X}`>>) => Promise<MethodOutput<Extract<MethodName, `${A}.${X}`>>>;
  };
};

export const api = new Proxy({} as Api, {
  get: (_t, area: string) =>
    new Proxy({}, { get: (_a, action: string) => (input: unknown) => call(`${area}.${action}` as MethodName, input as never) }),
});

/** Events pushed by the main process (menu commands, workspace changes); none in browser mode. */
export function onAppEvent(listener: (event: AppEvent) => void): () => void {
  return window.isms ? window.isms.on((e) => listener(e as AppEvent)) : () => {};
}

/** Where an export written in browser mode can be downloaded from. */
export function downloadUrl(path: string): string | null {
  if (inDesktopApp()) return null;
  const name = path.split(/[\\/]/).pop() ?? '';
  return `/exports/${encodeURIComponent(name)}`;
}
