import { z } from 'zod';
import { LIMITS } from './common';

/**
 * 6.1.2 a) risk criteria: likelihood and impact scales (3 to 5 levels), a matrix from likelihood x
 * impact to a level, and the acceptance threshold. Levels are derived from the scores with these pure
 * functions only, so the register, heat maps, exports and tests agree.
 */
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const LEVEL_LABEL: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
export const LEVEL_COLOR: Record<RiskLevel, string> = { low: '2F9E44', medium: 'F2C200', high: 'F08C00', critical: 'E03131' };

export const rankOf = (level: RiskLevel) => RISK_LEVELS.indexOf(level) + 1;
export const levelOfRank = (rank: number): RiskLevel => RISK_LEVELS[rank - 1];

export const ScaleStep = z.object({
  label: z.string().trim().min(1, { error: 'Every level needs a label.' }).max(LIMITS.name),
  description: z.string().trim().max(LIMITS.shortText).default(''),
});
export type ScaleStep = z.infer<typeof ScaleStep>;

const riskScale = (name: string) =>
  z.array(ScaleStep).min(3, { error: `The ${name} scale needs 3 to 5 levels.` }).max(5, { error: `The ${name} scale needs 3 to 5 levels.` });
const assetScale = (name: string) =>
  z.array(ScaleStep).min(2, { error: `The ${name} scale needs 2 to 5 levels.` }).max(5, { error: `The ${name} scale needs 2 to 5 levels.` });

export const AssetScales = z.object({ c: assetScale('confidentiality'), i: assetScale('integrity'), a: assetScale('availability') });
export type AssetScales = z.infer<typeof AssetScales>;

/** matrix[likelihood - 1][impact - 1] is the level of that cell. */
export const RiskMethod = z
  .object({
    likelihood: riskScale('likelihood'),
    impact: riskScale('impact'),
    matrix: z.array(z.array(z.enum(RISK_LEVELS, { error: 'Each cell is low, medium, high or critical.' }))),
    /** The highest level that may be accepted without treatment; above it a justification is required. */
    acceptance: z.enum(RISK_LEVELS, { error: 'Choose the acceptance threshold.' }),
    assetScales: AssetScales,
    /** 8.2: how often the risk assessment is repeated, in months. */
    reviewMonths: z.number().int().min(1, { error: 'Review interval is 1 to 36 months.' }).max(36, { error: 'Review interval is 1 to 36 months.' }),
    notes: z.string().trim().max(LIMITS.longText).default(''),
  })
  .superRefine((m, ctx) => {
    const ok = m.matrix.length === m.likelihood.length && m.matrix.every((row) => row.length === m.impact.length);
    if (!ok) ctx.addIssue({ code: 'custom', path: ['matrix'], message: `The matrix must have ${m.likelihood.length} rows of ${m.impact.length} cells, one per likelihood and impact level.` });
  });
export type RiskMethod = z.infer<typeof RiskMethod>;

export const RiskMethodPatch = z.object({
  likelihood: riskScale('likelihood').optional(),
  impact: riskScale('impact').optional(),
  matrix: z.array(z.array(z.enum(RISK_LEVELS))).optional(),
  acceptance: z.enum(RISK_LEVELS).optional(),
  assetScales: AssetScales.partial().optional(),
  reviewMonths: z.number().int().min(1).max(36).optional(),
  notes: z.string().trim().max(LIMITS.longText).optional(),
});

/** A sensible starting matrix for any scale size: the share of the largest product decides the level. */
export function defaultMatrix(likelihoodLevels: number, impactLevels: number): RiskLevel[][] {
  const max = likelihoodLevels * impactLevels;
  return Array.from({ length: likelihoodLevels }, (_l, li) =>
    Array.from({ length: impactLevels }, (_i, ii) => {
      const share = ((li + 1) * (ii + 1)) / max;
      return share <= 0.16 ? 'low' : share <= 0.36 ? 'medium' : share <= 0.64 ? 'high' : 'critical';
    }),
  );
}

export function levelOf(m: Pick<RiskMethod, 'matrix'>, likelihood: number, impact: number): RiskLevel {
  const row = m.matrix[Math.min(Math.max(likelihood, 1), m.matrix.length) - 1];
  return row[Math.min(Math.max(impact, 1), row.length) - 1];
}

/** Above the threshold a risk needs treatment, or a recorded justification to be accepted. */
export function isAboveThreshold(m: Pick<RiskMethod, 'acceptance'>, level: RiskLevel): boolean {
  return rankOf(level) > rankOf(m.acceptance);
}

const step = (label: string, description: string) => ({ label, description });

/** The default method shipped with a new workspace: 5 x 5, acceptance up to medium, yearly review. */
export const DEFAULT_METHOD: RiskMethod = {
  likelihood: [
    step('Rare', 'Not expected in the next five years; no known occurrence here or at similar organisations.'),
    step('Unlikely', 'Could happen once in the next five years.'),
    step('Possible', 'Could happen about once a year.'),
    step('Likely', 'Expected several times a year.'),
    step('Almost certain', 'Expected monthly or more often, or already happening.'),
  ],
  impact: [
    step('Negligible', 'Hardly noticed; no harm to people, customers or finances.'),
    step('Minor', 'Short disruption or small cost, handled within the team.'),
    step('Moderate', 'Noticeable disruption, complaint from a customer or a reportable but contained breach.'),
    step('Major', 'Serious disruption, loss of customers, regulator involvement or significant cost.'),
    step('Severe', 'Threatens the survival of the organisation or causes serious harm to people.'),
  ],
  matrix: defaultMatrix(5, 5),
  acceptance: 'medium',
  assetScales: {
    c: [step('Public', 'May be shared with anyone.'), step('Internal', 'For staff only.'), step('Confidential', 'For named groups only.'), step('Secret', 'Disclosure causes severe harm.')],
    i: [step('Low', 'Errors are a nuisance.'), step('Medium', 'Errors cause wrong decisions or rework.'), step('High', 'Errors cause serious harm.')],
    a: [step('Low', 'Can be without it for a week or more.'), step('Medium', 'Needed within a day.'), step('High', 'Needed within hours.')],
  },
  reviewMonths: 12,
  notes: '',
};
