import type { ClauseReadiness } from '../../../../../shared/contract/readiness';
import { ClauseAbout } from '../../../components/ClauseAbout/ClauseAbout';
import { CLAUSE_EXPLANATION } from '../labels';

/** Step 1: what 9.1 asks, in our words, and when it counts as done. */
export function AboutStep({ clause }: { clause: ClauseReadiness | undefined }) {
  return <ClauseAbout explanation={CLAUSE_EXPLANATION} clause={clause} />;
}
