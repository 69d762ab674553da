import { Button, Group, Stack, Text } from '@mantine/core';
import type { ExportDocId, ExportFormat } from '../../../../shared/contract/export';
import { DocumentControlPanel } from '../../components/DocumentControl/DocumentControlPanel';
import { exportDocument } from '../exports/exportDocument';

const DOCUMENTS: Array<{ key: string; exports: Array<[ExportDocId, ExportFormat]> }> = [
  { key: 'risk-method', exports: [['risk-method', 'docx'], ['risk-method', 'pdf']] },
  { key: 'risk-register', exports: [['risk-register', 'xlsx'], ['risk-register', 'pdf']] },
  { key: 'risk-report', exports: [['risk-report', 'docx'], ['risk-report', 'pdf']] },
  { key: 'treatment-plan', exports: [['treatment-plan', 'docx'], ['treatment-plan', 'pdf']] },
  { key: 'soa', exports: [['soa', 'docx'], ['soa-xlsx', 'xlsx'], ['soa', 'pdf']] },
];

/**
 * The five 6.1 documents under document control (7.5): each approved on its own, which freezes what
 * its export prints, and exported as Word or Excel and PDF.
 */
export function RiskDocumentsPanel() {
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Approve each document when it is ready: the approval freezes its content, so later changes go into a new draft version. Exports print the approved version, and say so when the workspace has changed since.
      </Text>
      {DOCUMENTS.map((d) => (
        <Stack key={d.key} gap={4}>
          <DocumentControlPanel documentKey={d.key} />
          <Group gap="xs">
            {d.exports.map(([id, format]) => (
              <Button key={`${id}-${format}`} size="xs" variant="light" onClick={() => void exportDocument(id, undefined, { format })} aria-label={`Export ${d.key.replace(/-/g, ' ')} as ${format.toUpperCase()}`}>
                {format.toUpperCase()}
              </Button>
            ))}
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}
