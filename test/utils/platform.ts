import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contract, type MethodInput, type MethodName, type MethodOutput } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { dispatch } from '../../electron/core/dispatcher';
import { Session, type Platform } from '../../electron/core/platform';
import type { DbEnv } from '../../electron/core/db/open';

export const MIGRATIONS = resolve(__dirname, '../../electron/core/db/migrations');

/** A temp folder per test; removed by the returned cleanup. */
export function tempDir(prefix = 'isms-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testEnv(now = () => new Date('2026-11-29T10:00:00Z')): DbEnv {
  return { migrationsFolder: MIGRATIONS, actor: 'tester', now };
}

/** A platform whose dialogs answer with fixed paths (null = the user cancelled). */
export function testPlatform(dataDir: string, answers: { newPath?: string | null; openPath?: string | null; savePath?: string | null } = {}): Platform {
  return {
    dataDir,
    migrationsFolder: MIGRATIONS,
    actor: 'tester',
    now: () => new Date('2026-11-29T10:00:00Z'),
    dialogs: {
      chooseNewWorkspace: async () => answers.newPath ?? null,
      chooseExistingWorkspace: async () => answers.openPath ?? null,
      chooseSavePath: async () => answers.savePath ?? null,
    },
  };
}

/** Methods whose file the user picks in a dialog (issue 10, item 4: the renderer never sends a path). */
const DIALOG_METHODS = {
  'workspace.create': 'chooseNewWorkspace',
  'workspace.open': 'chooseExistingWorkspace',
  'workspace.saveCopy': 'chooseSavePath',
  'export.document': 'chooseSavePath',
} as const;
type DialogMethod = keyof typeof DIALOG_METHODS;

/** In tests, `path` on a dialog method stands for the user's answer to that dialog. */
export type TestInput<M extends MethodName> = M extends DialogMethod ? Omit<MethodInput<M>, 'path'> & { path?: string } : MethodInput<M>;

/**
 * The in-memory transport: calls go through the real dispatcher and the real services. A `path`
 * given to a dialog method (create, open, save a copy, export) is not sent: it becomes the answer
 * of the dialog that call opens, as if the user had picked that file. `renderer` sends exactly
 * what it is given, for tests of what a hostile page could send.
 */
export function testClient(platform: Platform) {
  const session = new Session();
  let answer: string | undefined;
  const once = <A extends unknown[]>(fallback: (...args: A) => Promise<string | null>) => (...args: A) => {
    if (answer === undefined) return fallback(...args);
    const given = answer;
    answer = undefined;
    return Promise.resolve(given);
  };
  const dialogs = platform.dialogs;
  const ctx = {
    platform: {
      ...platform,
      dialogs: {
        chooseNewWorkspace: once((s: string) => dialogs.chooseNewWorkspace(s)),
        chooseExistingWorkspace: once(() => dialogs.chooseExistingWorkspace()),
        chooseSavePath: once((s: string, k: Parameters<Platform['dialogs']['chooseSavePath']>[1]) => dialogs.chooseSavePath(s, k)),
      },
    },
    session,
  };
  const renderer = (method: string, input: unknown) => dispatch(ctx, method, input, () => {});
  const raw = (method: string, input: unknown) => {
    answer = undefined;
    if (typeof method === 'string' && Object.hasOwn(DIALOG_METHODS, method) && input && typeof input === 'object' && 'path' in input) {
      const { path, ...rest } = input as { path?: unknown };
      if (typeof path === 'string') answer = path;
      return renderer(method, rest);
    }
    return renderer(method, input);
  };
  async function call<M extends MethodName>(method: M, input: MethodInput<M> | TestInput<M>): Promise<MethodOutput<M>> {
    const envelope = (await raw(method, input)) as Envelope<MethodOutput<M>>;
    if (!envelope.ok) throw new Error(`${method} refused: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value;
  }
  return { call, raw, renderer, session, close: () => session.replace(null) };
}

export { contract };
