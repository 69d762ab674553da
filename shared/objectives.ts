/**
 * The SMART check of a 6.2 objective (issue 12): per letter, what is missing. One pure function shared
 * by the wizard, the readiness rules and the objectives plan, so they never disagree.
 */
export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export interface SmartInput {
  title: string;
  description: string;
  ownerId: string | null;
  dueDate: string | null;
  resources: string;
  evaluation: string;
  targetValue: number | null;
  targetUnit: string;
  achievability: string;
  policyId: string | null;
  riskIds: string[];
  metricId: string | null;
  /** Resource lines (7.1) recorded for it. */
  resourceLines: number;
}

export interface SmartResult {
  letter: SmartLetter;
  word: string;
  met: boolean;
  /** What is missing, in plain words; empty when the letter is met. */
  missing: string[];
}

export const SMART_WORDS: Record<SmartLetter, string> = { S: 'Specific', M: 'Measurable', A: 'Achievable', R: 'Relevant', T: 'Time-bound' };

/** The description must say what will be done in a few words at least, not just repeat a heading. */
export const MIN_DESCRIPTION_WORDS = 5;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

export function smartCheck(o: SmartInput): SmartResult[] {
  const missing: Record<SmartLetter, string[]> = { S: [], M: [], A: [], R: [], T: [] };
  if (words(o.description) < MIN_DESCRIPTION_WORDS) missing.S.push(`say what will be done (at least ${MIN_DESCRIPTION_WORDS} words)`);
  if (!o.ownerId) missing.S.push('name who is responsible');
  if (!o.metricId) {
    if (o.targetValue === null) missing.M.push('set a target value');
    if (!o.targetUnit.trim()) missing.M.push('give the unit of the target');
  }
  if (!o.evaluation.trim()) missing.M.push('say how the results will be evaluated');
  if (!o.resources.trim() && o.resourceLines === 0) missing.A.push('list the resources needed (in words or as 7.1 resource lines)');
  if (!o.achievability.trim()) missing.A.push('say why the target can be reached');
  if (!o.policyId && o.riskIds.length === 0) missing.R.push('link it to the information security policy or to a risk');
  if (!o.dueDate) missing.T.push('set a due date');
  return (Object.keys(SMART_WORDS) as SmartLetter[]).map((letter) => ({ letter, word: SMART_WORDS[letter], met: missing[letter].length === 0, missing: missing[letter] }));
}

export const isSmart = (results: SmartResult[]) => results.every((r) => r.met);
