import { eq } from 'drizzle-orm';
import { notFound } from '../../../shared/errors';
import type { Workspace } from '../db/open';
import { policies } from '../db/schema';

/** The policy's own row, or NOT_FOUND; shared by the policy services. */
export function getPolicyRow(ws: Workspace, id: string) {
  const row = ws.db.select().from(policies).where(eq(policies.id, id)).get();
  if (!row) throw notFound('Policy', id);
  return row;
}
