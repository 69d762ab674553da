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

/** The in-memory transport: calls go through the real dispatcher and the real services. */
export function testClient(platform: Platform) {
  const session = new Session();
  const ctx = { platform, session };
  const raw = (method: string, input: unknown) => dispatch(ctx, method, input, () => {});
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const envelope = (await raw(method, input)) as Envelope<MethodOutput<M>>;
    if (!envelope.ok) throw new Error(`${method} refused: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value;
  }
  return { call, raw, session, close: () => session.replace(null) };
}

export { contract };
