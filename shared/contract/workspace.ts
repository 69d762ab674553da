import { z } from 'zod';
import { method, query } from './define';
import { Empty, LIMITS, PARTIAL, optionalText, patchOf, requiredText } from './common';

export const SECTORS = [
  'Public sector',
  'Financial services',
  'Health and care',
  'Technology and software',
  'Manufacturing',
  'Retail and consumer',
  'Transport and logistics',
  'Professional services',
  'Education',
  'Energy and utilities',
  'Non-profit',
  'Other',
] as const;

const FilePath = z
  .string({ error: 'A file path is required.' })
  .trim()
  .min(1, { error: 'A file path is required.' })
  .max(4096, { error: 'That path is too long.' });

/**
 * Where files go is chosen by the user in the main process (a native dialog, or the CLI's
 * arguments), never by the page (issue 10, item 4): a path sent by the renderer is refused.
 */
export const NoPath = z
  .undefined({ error: 'The app chooses files itself (with its own dialog); a path cannot be sent.' })
  .optional();

/** A new password: long enough to resist guessing at SQLCipher's 256,000 PBKDF2 rounds per try. */
export const PASSWORD_MIN = 8;
export const NewPassword = z
  .string({ error: 'The password must be text.' })
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters for the password.` })
  .max(1024, { error: 'The password is too long.' });
/** A password to open with: any length, since a wrong one must answer WRONG_PASSWORD, not VALIDATION. */
export const GivenPassword = z
  .string({ error: 'The password must be text.' })
  .min(1, { error: 'Enter the password.' })
  .max(1024, { error: 'The password is too long.' });

export const AUTO_LOCK_MAX_MINUTES = 24 * 60;

export const WorkspaceMeta = z.object({
  organisation: requiredText('Organisation name'),
  sector: z.enum(SECTORS, { error: 'Choose a sector from the list.' }).default('Other'),
  engagement: optionalText('Engagement', LIMITS.name),
  consultant: optionalText('Consultant', LIMITS.name),
});
export type WorkspaceMetaInput = z.input<typeof WorkspaceMeta>;

export const WorkspaceInfo = z.object({
  id: z.string(),
  path: z.string(),
  organisation: z.string(),
  sector: z.string(),
  engagement: z.string(),
  consultant: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When anything in the workspace was last written (the newest change-log entry). */
  lastChangedAt: z.string(),
  schemaVersion: z.number().int(),
  appSchemaVersion: z.number().int(),
  /** The whole file is encrypted with a password (docs/security.md). */
  encrypted: z.boolean(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

export const RecentEntry = z.object({
  path: z.string(),
  organisation: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});

/** `warning`: the previous workspace was closed, but not cleanly (the new one is open regardless). */
export const OpenResult = z.object({ opened: z.boolean(), info: WorkspaceInfo.nullable(), warning: z.string().optional() });

export const workspaceContract = {
  'workspace.info': query({
    doc: 'Metadata of the open workspace, or null when none is open.',
    input: Empty,
    output: WorkspaceInfo.nullable(),
    needsWorkspace: false,
  }),
  'workspace.create': method({
    doc: 'Create a new workspace file and open it. The app asks where to save it.',
    input: WorkspaceMeta.extend({ path: NoPath, password: NewPassword.optional() }),
    output: OpenResult,
    needsWorkspace: false,
  }),
  'workspace.open': method({
    doc: 'Open a workspace: one from the recent list (recent), the last one refused as locked by another computer (takeOver alone), or else the file the user picks in the app\'s dialog. takeOver opens despite another computer\'s lock. An encrypted file needs its password: without one the answer is WRONG_PASSWORD (reason "required") and workspace.unlock finishes the open.',
    input: z.object({ recent: FilePath.optional(), takeOver: z.boolean().optional(), path: NoPath, password: GivenPassword.optional() }),
    output: OpenResult,
    needsWorkspace: false,
  }),
  'workspace.close': method({
    doc: 'Close the open workspace (does nothing when none is open).',
    input: Empty,
    output: z.object({ closed: z.boolean(), warning: z.string().optional() }),
    needsWorkspace: false,
  }),
  'workspace.update': method({
    doc: `Change the metadata of the open workspace. ${PARTIAL}`,
    input: patchOf(WorkspaceMeta.shape),
    output: WorkspaceInfo,
  }),
  'workspace.recent': query({
    doc: 'Workspaces opened recently on this machine, newest first.',
    input: Empty,
    output: z.array(RecentEntry),
    needsWorkspace: false,
  }),
  'workspace.forget': method({
    doc: 'Remove one file from the recent list (the file itself is not touched).',
    input: z.object({ path: FilePath }),
    output: z.array(RecentEntry),
    needsWorkspace: false,
  }),
  'workspace.setPassword': method({
    doc: 'Encrypt the open workspace with a password, change its password, or (newPassword null) remove the encryption. An encrypted workspace needs its current password first.',
    input: z.object({ currentPassword: GivenPassword.optional(), newPassword: NewPassword.nullable() }),
    output: WorkspaceInfo,
  }),
  'workspace.lockState': method({
    doc: 'Whether an encrypted workspace is waiting for its password (after an open without it, or after the idle auto-lock), and the auto-lock setting. Does not count as activity.',
    input: Empty,
    output: z.object({ locked: z.boolean(), path: z.string().nullable(), autoLockMinutes: z.number().int() }),
    needsWorkspace: false,
  }),
  'workspace.unlock': method({
    doc: 'Open the workspace that is waiting for its password (see workspace.lockState).',
    input: z.object({ password: GivenPassword }),
    output: OpenResult,
    needsWorkspace: false,
  }),
  'workspace.cancelUnlock': method({
    doc: 'Forget the workspace waiting for its password (the user chose not to open it).',
    input: Empty,
    output: z.object({ locked: z.literal(false) }),
    needsWorkspace: false,
  }),
  'workspace.lock': method({
    doc: 'Close an encrypted workspace now and ask for its password again.',
    input: Empty,
    output: z.object({ locked: z.boolean() }),
    needsWorkspace: false,
  }),
  'workspace.setAutoLock': method({
    doc: 'Minutes without use after which an encrypted workspace is closed and its password asked again; 0 turns it off. A setting of this computer.',
    input: z.object({ minutes: z.number().int().min(0).max(AUTO_LOCK_MAX_MINUTES, { error: 'At most 24 hours (1440 minutes).' }) }),
    output: z.object({ minutes: z.number().int() }),
    needsWorkspace: false,
  }),
  'workspace.saveCopy': method({
    doc: 'Write a consistent copy of the open workspace to another file. The app asks where.',
    input: z.object({ path: NoPath }),
    output: z.object({ saved: z.boolean(), path: z.string().nullable() }),
  }),
};
