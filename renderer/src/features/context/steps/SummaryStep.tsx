import { Button } from '@mantine/core';
import type { ClauseReadiness } from '../../../../../shared/contract/readiness';
import { ClauseSummary } from '../../../components/ClauseSummary/ClauseSummary';

/** Step 5: where 4.1 stands, and the register as a document for the client. */
export function SummaryStep({ clause, onExport, onRegister }: { clause: ClauseReadiness | undefined; onExport: () => void; onRegister: () => void }) {
  return (
    <ClauseSummary clause={clause}>
      <Button onClick={onExport}>Export the register (DOCX)</Button>
      <Button variant="default" onClick={onRegister}>
        Open the register
      </Button>
    </ClauseSummary>
  );
}
