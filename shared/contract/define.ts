import type { z } from 'zod';

/**
 * A rule checked at run time that JSON Schema cannot say (a field that depends on another, or on
 * what the workspace holds). Listed with the method in `isms-workbench methods`; breaking one is
 * refused with VALIDATION naming `path` in details.fields.
 */
export interface Rule {
  /** The field the refusal names, as a dotted path into the input ("justification", "rows.0.cells"). */
  path: string;
  text: string;
}

/** One contract entry: everything else (client, dispatcher allow-list, host routes, CLI) derives from it. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  doc: string;
  input: I;
  output: O;
  /** false for methods that work without an open workspace (workspace.create, workspace.recent...). */
  needsWorkspace: boolean;
  /** true for methods that only read: they never change the workspace file (tested for every one). */
  reads: boolean;
  rules: readonly Rule[];
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: {
  doc: string;
  input: I;
  output: O;
  needsWorkspace?: boolean;
  reads?: boolean;
  rules?: readonly Rule[];
}): MethodSpec<I, O> {
  return { ...spec, needsWorkspace: spec.needsWorkspace ?? true, reads: spec.reads ?? false, rules: spec.rules ?? [] };
}

/** A method that only reads. */
export const query = <I extends z.ZodType, O extends z.ZodType>(spec: { doc: string; input: I; output: O; needsWorkspace?: boolean; rules?: readonly Rule[] }): MethodSpec<I, O> =>
  method({ ...spec, reads: true });
