import { it, expect } from 'vitest';
import { join } from 'node:path';
import { tempDir, testClient, testPlatform } from '../utils/platform';
it('loads sqlite', async () => {
  const { dir, cleanup } = tempDir();
  const client = testClient(testPlatform(dir));
  const r = await client.call('workspace.create', { organisation: 'X', path: join(dir, 'w.isms') });
  expect(r.opened).toBe(true);
  const l = await client.call('context.list', {});
  expect(l.total).toBe(0);
  client.close(); cleanup();
});
