import type { z } from 'zod';

/** One contract entry: everything else (client, dispatcher allow-list, host routes, CLI) derives from it. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  doc: string;
  input: I;
  output: O;
  /** false for methods that work without an open workspace (workspace.create, workspace.recent...). */
  needsWorkspace: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: {
  doc: string;
  input: I;
  output: O;
  needsWorkspace?: boolean;
}): MethodSpec<I, O> {
  return { ...spec, needsWorkspace: spec.needsWorkspace ?? true };
}
