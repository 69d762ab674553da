/**
 * The closed set of error codes that may cross the IPC / loopback boundary.
 * Thrown errors never cross a process boundary: the dispatcher turns them into envelopes.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'NO_WORKSPACE',
  'WORKSPACE_LOCKED',
  'UNSUPPORTED_FILE',
  'WRONG_PASSWORD',
  'IO',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** `changed` is set when the call wrote to the workspace or opened, created or closed one. */
export type Envelope<T> = { ok: true; value: T; changed?: true } | { ok: false; error: AppErrorShape };

/** Raised by services and unwrapped by the renderer client; never sent across a boundary as-is. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} was not found. It may have been deleted.`, { id });
