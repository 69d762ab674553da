import { z } from 'zod';
import { method, query } from './define';
import { Empty, LIMITS, requiredText } from './common';

/**
 * Who is working: the name stamped on every record (createdBy/updatedBy), in the change log and on
 * document covers. Remembered per machine in the settings file, never in a workspace, and never the
 * operating-system login. `source` says where the name came from this session.
 */
export const UserName = requiredText('Your name', LIMITS.name);
export const USER_SOURCES = ['settings', 'option', 'environment'] as const;
export const CurrentUser = z.object({ name: z.string().nullable(), source: z.enum(USER_SOURCES).nullable() });
export type CurrentUser = z.infer<typeof CurrentUser>;

export const userContract = {
  'user.get': query({ doc: 'Who is working on this machine (null until a name is given).', input: Empty, output: CurrentUser, needsWorkspace: false }),
  'user.set': method({
    doc: 'Say who is working; remembered on this machine for the next session.',
    input: z.object({ name: UserName }),
    output: CurrentUser,
    needsWorkspace: false,
  }),
};
