/// <reference types="node" />
import { join } from 'node:path';
import type { MethodInput, MethodName } from '../../shared/contract';
import { tempDir, testClient, testPlatform } from '../utils/platform';

export type TestClient = ReturnType<typeof testClient>;

export interface Invocation {
  method: string;
  input: unknown;
}

export interface BridgedWorkspace {
  dir: string;
  client: TestClient;
  /** Every call the renderer made through window.isms, in order. */
  invocations: Invocation[];
  /** How many times the renderer called one method. */
  count(method: string): number;
  cleanup(): void;
}

/**
 * A real temp workspace (real dispatcher, real services, real SQLite) behind window.isms, the same
 * bridge the preload script installs in Electron. Inputs are structured-cloned like IPC does.
 */
export async function bridgeWorkspace(organisation = 'Acme Test Ltd', opts: { create?: boolean } = {}): Promise<BridgedWorkspace> {
  const { dir, cleanup } = tempDir('isms-renderer-');
  const client = testClient(testPlatform(dir));
  if (opts.create !== false) {
    const created = await client.call('workspace.create', { organisation, sector: 'Technology and software', path: join(dir, 'test.isms') });
    if (!created.opened) throw new Error('workspace.create did not open the workspace');
  }
  const invocations: Invocation[] = [];
  window.isms = {
    invoke: (method: string, input: unknown) => {
      invocations.push({ method, input });
      return client.renderer(method, structuredClone(input));
    },
    on: () => () => {},
  };
  return {
    dir,
    client,
    invocations,
    count: (method) => invocations.filter((i) => i.method === method).length,
    cleanup: () => {
      delete window.isms;
      client.close();
      cleanup();
    },
  };
}

/** An external issue input with everything 4.1 asks for except the other criteria. */
export function completeExternal(title: string, more: Partial<MethodInput<'context.create'>> = {}): MethodInput<'context.create'> {
  return {
    title,
    kind: 'external',
    category: 'technological',
    swot: 'threat',
    effect: 'Could take our customer portal offline.',
    reviewDate: '2030-01-31',
    ...more,
  };
}

export type { MethodName };
