import { Badge } from '@mantine/core';
import { AUDIT_RESULT_LABEL, type AuditResult } from '../../../../shared/competence';

const RESULT_COLOUR: Record<AuditResult, string> = { fit: 'teal', gaps: 'orange', 'gaps-closed': 'teal', 'gaps-remain': 'red' };

export function ResultBadge({ result }: { result: AuditResult }) {
  return (
    <Badge color={RESULT_COLOUR[result]} variant="light">
      {AUDIT_RESULT_LABEL[result]}
    </Badge>
  );
}
