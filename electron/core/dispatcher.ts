import { contract, isMethodName, type MethodName } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/errors';
import { handlers } from './handlers/index';
import { validationError } from './validation';
import type { HandlerContext, WorkspaceContext } from './platform';

/** How the dispatcher reports an unexpected failure; main and the host log it, nothing crosses. */
export type InternalErrorLogger = (method: string, err: unknown) => void;

const defaultLogger: InternalErrorLogger = (method, err) => console.error(`[isms] ${method} failed:`, err);

/** Turns SQLite's own failures into the contract's codes. */
function fromSqlite(err: unknown): AppError | null {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppError('CONFLICT', 'Other records still refer to this one, or it refers to a record that does not exist.');
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) return new AppError('CONFLICT', 'That would duplicate or break an existing record.');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new AppError('WORKSPACE_LOCKED', 'The workspace is busy in another program. Try again.');
  if (code === 'SQLITE_FULL') return new AppError('IO', 'The disk is full. Free some space and try again.');
  if (code === 'SQLITE_READONLY') return new AppError('IO', 'The workspace file is read-only.');
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') return new AppError('IO', 'The workspace file could not be read or written.');
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new AppError('UNSUPPORTED_FILE', 'The workspace file is damaged.');
  return null;
}

/**
 * The one entry point for every transport (Electron IPC, loopback host, CLI, tests): allow-list the
 * method, parse the input, run the handler, parse the output, and always answer with an envelope.
 */
export async function dispatch(
  ctx: HandlerContext,
  method: unknown,
  rawInput: unknown,
  logInternal: InternalErrorLogger = defaultLogger,
): Promise<Envelope<unknown>> {
  const name = typeof method === 'string' ? method : '';
  try {
    if (!isMethodName(name)) throw new AppError('NOT_FOUND', `Unknown method "${String(method).slice(0, 100)}".`);
    const spec = contract[name];
    // Polling whether the workspace is locked must not keep it from locking (core/autoLock.ts).
    if (name !== 'workspace.lockState') ctx.session.lastActivity = ctx.platform.now().getTime();
    const parsed = spec.input.safeParse(rawInput === undefined || rawInput === null ? {} : rawInput);
    if (!parsed.success) throw validationError(parsed.error);
    const ws = ctx.session.current;
    if (spec.needsWorkspace && !ws) throw new AppError('NO_WORKSPACE', 'No workspace is open. Create or open one first.');
    const handler = handlers[name] as (input: unknown, ctx: WorkspaceContext) => unknown;
    const revision = ws?.revision;
    const value = await handler(parsed.data, { ...ctx, ws: ws as WorkspaceContext['ws'] });
    // Strips anything a handler returned beyond the contract; a mismatch is our bug, not the caller's.
    const output = spec.output.parse(value);
    const after = ctx.session.current;
    const changed = after !== ws || after?.revision !== revision;
    return changed ? { ok: true, value: output, changed: true } : { ok: true, value: output };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toShape() };
    const mapped = fromSqlite(err);
    if (mapped) return { ok: false, error: mapped.toShape() };
    logInternal(name, err);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside the app. The details were written to its log.' } };
  }
}

export type { MethodName };
