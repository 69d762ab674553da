import { describe, expect, it } from 'vitest';
import { auditResult, gapProgress, gapsFor, mergeRequirements } from '../../shared/competence';

const needs = [
  { skillId: 'risk', skillName: 'Risk assessment', requiredLevel: 3 },
  { skillId: 'audit', skillName: 'Internal auditing', requiredLevel: 4 },
];

describe('skills gap computation (shared/competence.ts)', () => {
  it('before training: lists each skill below the required level, a skill never assessed as level 0', () => {
    const gaps = gapsFor(needs, new Map([['risk', 3]]));
    expect(gaps).toEqual([{ skillId: 'audit', skillName: 'Internal auditing', required: 4, actual: 0, missing: 4 }]);
    expect(gapsFor(needs, new Map([['risk', 2], ['audit', 4]]))).toEqual([{ skillId: 'risk', skillName: 'Risk assessment', required: 3, actual: 2, missing: 1 }]);
    expect(auditResult('pre-appointment', gaps)).toBe('gaps');
  });

  it('a candidate at or above every level has no gaps and is fit', () => {
    const gaps = gapsFor(needs, new Map([['risk', 5], ['audit', 4]]));
    expect(gaps).toEqual([]);
    expect(auditResult('pre-appointment', gaps)).toBe('fit');
  });

  it('after training: the gap closed by training is closed, the other remains with the level now', () => {
    const before = gapsFor(needs, new Map([['risk', 1], ['audit', 2]]));
    expect(before.map((g) => g.skillId)).toEqual(['risk', 'audit']);
    const after = gapsFor(needs, new Map([['risk', 3], ['audit', 3]]));
    const progress = gapProgress(before, after);
    expect(progress.closed.map((g) => g.skillId)).toEqual(['risk']);
    expect(progress.remaining).toEqual([{ skillId: 'audit', skillName: 'Internal auditing', required: 4, actual: 3, missing: 1 }]);
    expect(progress.added).toEqual([]);
    expect(auditResult('post-appointment', after)).toBe('gaps-remain');
    const done = gapsFor(needs, new Map([['risk', 3], ['audit', 4]]));
    expect(gapProgress(before, done).closed).toHaveLength(2);
    expect(auditResult('post-appointment', done)).toBe('gaps-closed');
  });

  it('a requirement raised after the first audit shows as a new gap, not as a closed one', () => {
    const before = gapsFor(needs, new Map([['risk', 3], ['audit', 2]]));
    const raised = [{ ...needs[0], requiredLevel: 5 }, needs[1]];
    const progress = gapProgress(before, gapsFor(raised, new Map([['risk', 3], ['audit', 4]])));
    expect(progress.closed.map((g) => g.skillId)).toEqual(['audit']);
    expect(progress.added.map((g) => [g.skillId, g.missing])).toEqual([['risk', 2]]);
  });

  it('a person holding several roles needs the highest level any of them asks', () => {
    const merged = mergeRequirements([needs, [{ skillId: 'risk', skillName: 'Risk assessment', requiredLevel: 5 }, { skillId: 'law', skillName: 'Data protection law', requiredLevel: 2 }]]);
    expect(merged.map((r) => [r.skillId, r.requiredLevel])).toEqual([['risk', 5], ['audit', 4], ['law', 2]]);
  });
});
