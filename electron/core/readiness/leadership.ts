import type { Commitment } from '../../../shared/contract/leadership';
import { allCommitments, topManagement } from '../services/leadership';
import { type Criterion, type ReadinessArea } from './types';

/** 5.1 is done when top management is named and every commitment has an owner, evidence and is in place. */
export function leadershipCriteria(top: { name: string }[], commitments: Commitment[]): Criterion[] {
  const any = commitments.length > 0;
  const withOwner = commitments.filter((c) => c.ownerId).length;
  const withEvidence = commitments.filter((c) => c.evidence.length > 0).length;
  const done = commitments.filter((c) => c.status === 'done').length;
  const of = (n: number) => `${n} of ${commitments.length}`;
  return [
    { label: 'Top management is named', met: top.length > 0, detail: top.length ? top.map((p) => p.name).join(', ') : undefined },
    { label: 'Every commitment has an owner', met: any && withOwner === commitments.length, detail: any ? `${of(withOwner)} with an owner` : 'open 5.1 to start the checklist' },
    { label: 'Every commitment has evidence', met: any && withEvidence === commitments.length, detail: any ? `${of(withEvidence)} with evidence` : undefined },
    { label: 'Every commitment is in place', met: any && done === commitments.length, detail: any ? `${of(done)} done` : undefined },
  ];
}

export const leadershipReadiness: ReadinessArea = {
  criteria: { '5.1': (ws) => leadershipCriteria(topManagement(ws), allCommitments(ws)) },
};
