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
  schemaVersion: z.number().int(),
  appSchemaVersion: z.number().int(),
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
    input: WorkspaceMeta.extend({ path: NoPath }),
    output: OpenResult,
    needsWorkspace: false,
  }),
  'workspace.open': method({
    doc: 'Open a workspace: one from the recent list (recent), the last one refused as locked by another computer (takeOver alone), or else the file the user picks in the app\'s dialog. takeOver opens despite another computer\'s lock.',
    input: z.object({ recent: FilePath.optional(), takeOver: z.boolean().optional(), path: NoPath }),
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
  'workspace.saveCopy': method({
    doc: 'Write a consistent copy of the open workspace to another file. The app asks where.',
    input: z.object({ path: NoPath }),
    output: z.object({ saved: z.boolean(), path: z.string().nullable() }),
  }),
};
