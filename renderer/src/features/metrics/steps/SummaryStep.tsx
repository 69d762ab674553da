import { Button } from '@mantine/core';
import type { ClauseReadiness } from '../../../../../shared/contract/readiness';
import { ClauseSummary } from '../../../components/ClauseSummary/ClauseSummary';
import { exportDocument } from '../../exports/exportDocument';

/** Last step: where 9.1 stands, and the results as documents. */
export function SummaryStep({ clause }: { clause: ClauseReadiness | undefined }) {
  return (
    <ClauseSummary clause={clause}>
      <Button onClick={() => void exportDocument('monitoring-results')}>Export the results (DOCX)</Button>
      <Button variant="default" onClick={() => void exportDocument('metric-values')}>
        Export all values (XLSX)
      </Button>
    </ClauseSummary>
  );
}
