import { Alert, Badge, Button, Card, Group, Stack, Stepper, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { CHECK_STATUS_LABEL, ENTRY_ORIGIN_LABEL, type CheckStatus, type ChecklistItem, type DocumentEntry, type RegisterRow } from '../../../../shared/contract/docinfo';
import { CLAUSES } from '../../../../shared/clauses';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { DocumentControlPanel } from '../../components/DocumentControl/DocumentControlPanel';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { RegisterTable, refColumn, type RegisterColumn } from '../../components/RegisterTable/RegisterTable';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { confirmDelete } from '../../components/confirmDelete';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { useClauseReadiness } from '../../hooks';
import { notifySaved } from '../../notify';
import { navigate } from '../../router';
import { useLocalRegister } from '../objectives/localRegister';
import { EntryForm } from './EntryForm';

const STEPS = ['About 7.5', 'Mandatory documents', 'Register', 'Summary'] as const;
const EXPLANATION = [
  'The ISMS runs on documents (policies, procedures, plans) and leaves records (evidence that things were done). Each needs an owner, a version, an approval, a review date, a classification, and a rule for how long it is kept.',
  'The workbench controls the documents it writes: their versions come from recorded approvals. Documents and records kept elsewhere, and those of external origin such as laws, contracts and supplier certificates, are listed here too, with where to find them.',
  'The checklist shows the documented information an auditor will ask to see, found from what is in this workspace, and what is still missing.',
];
/** Whether the workbench has a page for the route yet (clauses arrive one by one). */
const guided = (route: string) => CLAUSES.some((c) => c.route === route);
const CHECK_COLOR: Record<CheckStatus, string> = { approved: 'green', external: 'teal', changed: 'orange', draft: 'yellow', missing: 'red' };
const STATUS_WORD: Record<RegisterRow['status'], string> = { draft: 'Draft', approved: 'Approved', changed: 'Changed since approval', obsolete: 'Obsolete' };
const STATUS_COLOR: Record<RegisterRow['status'], string> = { draft: 'yellow', approved: 'green', changed: 'orange', obsolete: 'gray' };

function Checklist({ items, onKeptElsewhere }: { items: ChecklistItem[]; onKeptElsewhere: (key: ChecklistItem['key']) => void }) {
  const inPlace = items.filter((i) => i.status === 'approved' || i.status === 'external').length;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {inPlace} of {items.length} in place. Each item is looked for in this workspace; one kept elsewhere counts once it is in the register with the item named.
      </Text>
      <Table aria-label="Mandatory documented information" verticalSpacing={6} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Clause</Table.Th>
            <Table.Th w={280}>Documented information</Table.Th>
            <Table.Th w={170}>Status</Table.Th>
            <Table.Th>What was found</Table.Th>
            <Table.Th w={150} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.key} data-testid={`check-${i.key}`} data-status={i.status}>
              <Table.Td>{i.clause}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>{i.title}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={CHECK_COLOR[i.status]} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} h="auto" py={2}>
                  {CHECK_STATUS_LABEL[i.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{i.evidence}</Text>
              </Table.Td>
              <Table.Td>
                {i.status !== 'approved' && i.status !== 'external' && (
                  <Group gap={4}>
                    {i.key !== 'needed-documents' && guided(i.route) && (
                      <Button size="compact-xs" variant="light" onClick={() => navigate(i.route)} aria-label={`Open ${i.route.replace('/clause/', '')}: ${i.title}`}>
                        Open {i.route.replace('/clause/', '')}
                      </Button>
                    )}
                    <Button size="compact-xs" variant="subtle" onClick={() => onKeptElsewhere(i.key)} aria-label={`${i.key === 'needed-documents' ? 'Add a document' : 'Kept elsewhere'}: ${i.title}`}>
                      {i.key === 'needed-documents' ? 'Add a document' : 'Kept elsewhere'}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

type Row = RegisterRow & { id: string; ref: string };

function Register({ rows, entries, onEdit, onNew }: { rows: RegisterRow[]; entries: DocumentEntry[]; onEdit: (e: DocumentEntry) => void; onNew: () => void }) {
  const withIds: Row[] = rows.map((r) => ({ ...r, id: r.key, ref: r.docId }));
  const table = useLocalRegister(withIds, { title: (r) => r.title.toLowerCase(), owner: (r) => r.ownerName });
  const [retention, setRetention] = useState('');
  const unset = rows.filter((r) => r.source === 'workspace' && !r.retention.trim()).length;
  const entryOf = (r: Row) => entries.find((e) => e.id === r.key);
  const remove = (e: DocumentEntry) => confirmDelete(`the register entry "${e.title}"`, (confirm) => api.docinfo.entryDelete({ id: e.id, confirm }), () => notifySaved('Register entry deleted.'));
  const fill = async () => {
    const { updated } = await api.docinfo.retentionSet({ onlyUnset: true, retention });
    setRetention('');
    notifySaved(`Retention set for ${updated} document${updated === 1 ? '' : 's'}.`);
  };
  const columns: RegisterColumn<Row>[] = [
    { ...refColumn<Row>(), width: 110 },
    {
      key: 'title',
      label: 'Document or record',
      sortable: true,
      minWidth: 180,
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>{r.title}</Text>
          <Text size="xs" c="dimmed">
            {r.source === 'workspace' ? `Written by the workbench, clause ${r.clauseId}` : [r.typeLabel, r.kind === 'record' && r.typeLabel !== 'Record' ? 'record' : '', r.origin === 'external' ? ENTRY_ORIGIN_LABEL.external.toLowerCase() : ''].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'owner',
      label: 'Owner, next review',
      sortable: true,
      width: 140,
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm" fs={r.ownerName ? undefined : 'italic'}>{r.ownerName ?? 'no owner yet'}</Text>
          {r.reviewOn ? (
            <Text size="xs" c={r.reviewOverdue ? 'red.8' : 'dimmed'} fw={r.reviewOverdue ? 600 : undefined}>
              review {r.reviewOn}{r.reviewOverdue ? ', overdue' : ''}
            </Text>
          ) : (
            <Text size="xs" c="dimmed">no review date</Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'status',
      label: 'Version, status',
      width: 150,
      render: (r) => (
        <Stack gap={2} align="flex-start">
          <Text size="sm">{r.version || '—'}</Text>
          <Badge variant="light" color={STATUS_COLOR[r.status]}>{STATUS_WORD[r.status]}</Badge>
          {r.approvedOn && <Text size="xs" c="dimmed">{r.approvedOn}{r.approverName ? `, ${r.approverName}` : ''}</Text>}
        </Stack>
      ),
    },
    {
      key: 'kept',
      label: 'Retention, kept at',
      minWidth: 150,
      render: (r) => (
        <Stack gap={0}>
          <Text size="xs" fs={r.retention ? undefined : 'italic'}>{r.retention || 'retention not set'}</Text>
          <Text size="xs" c="dimmed" lineClamp={2}>{r.location}</Text>
        </Stack>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        {unset > 0 ? (
          <Group gap="xs" align="flex-end">
            <TextInput
              label={`Retention for ${unset} workbench document${unset === 1 ? '' : 's'} without one`}
              placeholder="e.g. superseded versions kept 3 years"
              value={retention}
              onChange={(e) => setRetention(e.currentTarget.value)}
              w={440}
            />
            <Button variant="light" disabled={!retention.trim()} onClick={() => void fill()}>
              Set retention
            </Button>
          </Group>
        ) : (
          <span />
        )}
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>
          Add document or record
        </Button>
      </Group>
      <RegisterTable
        caption="Register of documented information"
        columns={columns}
        {...table}
        empty={<Text c="dimmed">Nothing registered yet.</Text>}
        onRowOpen={(r) => {
          const e = entryOf(r);
          if (e) onEdit(e);
          else if (r.clauseId) navigate(`/clause/${r.clauseId}`);
        }}
        actions={(r) => {
          const e = entryOf(r);
          return e ? (
            <RowActions name={rowName('register entry', e.title, e.ref)} historyId={e.id} onEdit={() => onEdit(e)} onDelete={() => remove(e)} />
          ) : (
            <Button size="compact-xs" variant="subtle" onClick={() => navigate(`/clause/${r.clauseId}`)} aria-label={`Open ${r.docId} in clause ${r.clauseId}`}>
              Open
            </Button>
          );
        }}
      />
    </Stack>
  );
}

/** Clause 7.5: the register of documented information and the mandatory documents checklist. */
export function DocInfoPage() {
  const [step, setStep] = useWizardStep(STEPS.length, 1);
  const register = useCall(() => api.docinfo.register({}), []);
  const checklist = useCall(() => api.docinfo.checklist({}), []);
  const entries = useCall(() => api.docinfo.entryList({}), []);
  const clause = useClauseReadiness('7.5', register.data);
  const dialog = useRecordDialog<DocumentEntry>('entry', entries.data);
  const items = checklist.data ?? [];
  const inPlace = items.filter((i) => i.status === 'approved' || i.status === 'external').length;
  const error = register.error ?? checklist.error ?? entries.error;
  return (
    <Stack gap="lg" maw={1400}>
      <ClauseHeader title="7.5 Documented information" intro="The documents and records of the ISMS: who owns them, which version is in force, and how long they are kept." clause={clause} />
      <DocumentControlPanel documentKey="documented-information" />
      {error && <Alert color="red">{error.message}</Alert>}
      <Card>
        <Stepper active={step} onStepClick={setStep} size="sm" mb="lg" aria-label="7.5 wizard steps">
          <Stepper.Step label={STEPS[0]} description="What it asks">
            <ClauseAbout explanation={EXPLANATION} clause={clause} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[1]} description={`${inPlace} of ${items.length} in place`}>
            <Checklist items={items} onKeptElsewhere={(key) => dialog.openNew(key)} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[2]} description={`${register.data?.length ?? 0} documents and records`}>
            <Register rows={register.data ?? []} entries={entries.data ?? []} onEdit={dialog.openEdit} onNew={() => dialog.openNew()} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[3]} description={`${clause?.percent ?? 0}% done`}>
            <ClauseSummary clause={clause} />
          </Stepper.Step>
        </Stepper>
        <WizardNav steps={STEPS} active={step} onChange={setStep} />
      </Card>
      <FormDialog opened={dialog.editing !== null} onClose={dialog.close} title={dialog.editing?.record ? titleWithRef('Edit register entry', dialog.editing.record.ref) : 'New register entry'} size="xl">
        {dialog.editing && (
          <EntryForm
            entry={dialog.editing.record}
            satisfies={(dialog.editing.extra[0] as DocumentEntry['satisfies'] | undefined) && dialog.editing.extra[0] !== 'needed-documents' ? (dialog.editing.extra[0] as DocumentEntry['satisfies']) : null}
            onDone={dialog.close}
          />
        )}
      </FormDialog>
    </Stack>
  );
}
