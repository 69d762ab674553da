import { Alert, Badge, Button, Card, Group, Stack, Stepper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { ASSESSMENT_RESULT_LABEL, CRITICALITY_LABEL, SUPPLY_KIND_LABEL, type Supplier } from '../../../../shared/contract/suppliers';
import { CERTIFICATE_STATE_LABEL, CERTIFICATE_WARNING_DAYS, certificateCounts, certificateState, type CertificateState } from '../../../../shared/suppliers';
import { todayIso } from '../../../../shared/dates';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { RefBadge, titleWithRef } from '../../components/RefBadge/RefBadge';
import { RegisterTable, refColumn, type RegisterColumn } from '../../components/RegisterTable/RegisterTable';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { confirmDelete } from '../../components/confirmDelete';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { useClauseReadiness } from '../../hooks';
import { notifySaved } from '../../notify';
import { useLocalRegister } from '../objectives/localRegister';
import { SupplierForm } from './SupplierForm';

const STEPS = ['About 8.1', 'Suppliers', 'Certificates', 'Summary'] as const;
const EXPLANATION = [
  'Much of an organisation’s information security depends on others: hosting, software, payroll, couriers, consultants. Plan and control what you obtain from outside just as you control your own work.',
  'Record each supplier of a process, product or service that matters to the ISMS: what they provide, how critical they are, the data they handle, whether the contract carries security clauses, their certificates and when those expire, and how they fared at their last assessment. Link each to its interested party (4.2) and to the scope interfaces (4.3) it sits behind.',
  `Certificates that expire within ${CERTIFICATE_WARNING_DAYS} days, assessments that are due and reviews coming up appear on the home page.`,
];
const CRITICALITY_COLOR: Record<Supplier['criticality'], string> = { low: 'green', medium: 'yellow', high: 'orange', critical: 'red' };
const RESULT_COLOR: Record<Supplier['assessmentResult'], string> = { 'not-assessed': 'gray', satisfactory: 'green', 'needs-improvement': 'yellow', unsatisfactory: 'red' };
export const CERT_COLOR: Record<CertificateState, string> = { current: 'green', expiring: 'yellow', expired: 'red', 'no-date': 'gray' };

function SupplierRegister({ suppliers, onEdit, onNew }: { suppliers: Supplier[]; onEdit: (s: Supplier) => void; onNew: () => void }) {
  const today = todayIso();
  const order = { critical: 0, high: 1, medium: 2, low: 3 };
  const table = useLocalRegister(suppliers, { name: (s) => s.name.toLowerCase(), criticality: (s) => order[s.criticality], assessed: (s) => s.lastAssessedOn, review: (s) => s.nextReviewOn });
  const remove = (s: Supplier) => confirmDelete(`the supplier "${s.name}"`, (confirm) => api.suppliers.delete({ id: s.id, confirm }), () => notifySaved('Supplier deleted.'));
  const columns: RegisterColumn<Supplier>[] = [
    refColumn(),
    {
      key: 'name',
      label: 'Supplier',
      sortable: true,
      minWidth: 170,
      render: (s) => (
        <Stack gap={2} align="flex-start">
          <Text size="sm" fw={500}>{s.name}</Text>
          <Text size="xs" c="dimmed" lineClamp={1}>{SUPPLY_KIND_LABEL[s.supplyKind]}{s.provides ? `: ${s.provides}` : ''}</Text>
          <Badge size="sm" variant="light" color={CRITICALITY_COLOR[s.criticality]}>{CRITICALITY_LABEL[s.criticality]}</Badge>
        </Stack>
      ),
    },
    {
      key: 'contract',
      label: 'Data and contract',
      minWidth: 150,
      render: (s) => (
        <Stack gap={0}>
          <Text size="xs" lineClamp={1}>{s.dataHandled ? `${s.dataHandled}${s.dataClassification ? ` (${s.dataClassification})` : ''}` : 'No data handled'}</Text>
          <Text size="xs" c={s.securityClausesInContract ? undefined : 'red'}>{s.contractRef || 'No contract ref.'} · {s.securityClausesInContract ? 'security clauses' : 'no security clauses'}</Text>
        </Stack>
      ),
    },
    {
      key: 'assessed',
      label: 'Assessment, certificates',
      sortable: true,
      width: 150,
      render: (s) => {
        const counts = certificateCounts(s.certificates, today);
        return (
          <Stack gap={2} align="flex-start">
            <Badge size="sm" variant="light" color={RESULT_COLOR[s.assessmentResult]}>{ASSESSMENT_RESULT_LABEL[s.assessmentResult]}</Badge>
            <Text size="xs" c="dimmed">{s.lastAssessedOn ? `on ${s.lastAssessedOn}` : 'no date'}</Text>
            {counts.length ? (
              counts.map((c) => (
                <Badge key={c.state} size="sm" variant="light" color={CERT_COLOR[c.state]} title={`${c.count} certificate${c.count === 1 ? '' : 's'}: ${CERTIFICATE_STATE_LABEL[c.state].toLowerCase()}`}>
                  {c.count} {CERTIFICATE_STATE_LABEL[c.state].toLowerCase()}
                </Badge>
              ))
            ) : (
              <Text size="xs" fs="italic">no certificates</Text>
            )}
          </Stack>
        );
      },
    },
    {
      key: 'review',
      label: 'Owner, next review',
      sortable: true,
      width: 120,
      render: (s) => (
        <Stack gap={0}>
          <Text size="sm">{s.ownerName ?? 'no owner'}</Text>
          <Text size="xs" c={s.nextReviewOn && s.nextReviewOn < today ? 'red' : 'dimmed'}>{s.nextReviewOn ?? 'no date'}</Text>
        </Stack>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm">{suppliers.length === 1 ? '1 supplier' : `${suppliers.length} suppliers`}, {suppliers.filter((s) => s.criticality === 'critical' || s.criticality === 'high').length} critical or high</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>Add supplier</Button>
      </Group>
      <RegisterTable
        caption="Supplier register"
        columns={columns}
        {...table}
        empty={<Text c="dimmed">No suppliers yet.</Text>}
        onRowOpen={onEdit}
        actions={(s) => <RowActions name={rowName('supplier', s.name, s.ref)} historyId={s.id} onEdit={() => onEdit(s)} onDelete={() => remove(s)} />}
      />
    </Stack>
  );
}

/** Every certificate, soonest expiry first, with its state today. */
function CertificateList({ suppliers, onEdit }: { suppliers: Supplier[]; onEdit: (s: Supplier) => void }) {
  const today = todayIso();
  const rows = suppliers.flatMap((s) => s.certificates.map((c) => ({ s, c, state: certificateState(c.validUntil, today) }))).sort((a, b) => (a.c.validUntil ?? '9999').localeCompare(b.c.validUntil ?? '9999'));
  if (!rows.length) return <Text c="dimmed">No certificates recorded. Add them to a supplier in the register.</Text>;
  return (
    <Table striped aria-label="Supplier certificates">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Supplier</Table.Th>
          <Table.Th>Certificate</Table.Th>
          <Table.Th>Issuer and number</Table.Th>
          <Table.Th>Valid until</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ s, c, state }) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <RefBadge value={s.ref} />
                <Button variant="subtle" size="compact-sm" onClick={() => onEdit(s)}>{s.name}</Button>
              </Group>
            </Table.Td>
            <Table.Td>{c.name}</Table.Td>
            <Table.Td>{[c.issuer, c.number].filter(Boolean).join(', ') || '—'}</Table.Td>
            <Table.Td>{c.validUntil ?? '—'}</Table.Td>
            <Table.Td><Badge size="sm" variant="light" color={CERT_COLOR[state]}>{CERTIFICATE_STATE_LABEL[state]}</Badge></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Clause 8.1: the supplier register, with certificates, assessments and links to 4.2 and 4.3. */
export function SuppliersPage() {
  const [step, setStep] = useWizardStep(STEPS.length, 1);
  const list = useCall(() => api.suppliers.list({}), []);
  const clause = useClauseReadiness('8.1', list.data);
  const suppliers = list.data ?? [];
  const dialog = useRecordDialog<Supplier>('supplier', list.data);
  const certCount = suppliers.reduce((n, s) => n + s.certificates.length, 0);
  return (
    <Stack gap="lg" maw={1400}>
      <ClauseHeader title="8.1 Operational planning and control" intro="Control what you obtain from suppliers: who provides what, how critical it is, and whether they still meet your requirements." clause={clause} />
      <DocumentControlPanel documentKey="supplier-register" />
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <Card>
        <Stepper active={step} onStepClick={setStep} size="sm" mb="lg" aria-label="8.1 wizard steps">
          <Stepper.Step label={STEPS[0]} description="What it asks">
            <ClauseAbout explanation={EXPLANATION} clause={clause} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[1]} description={suppliers.length === 1 ? '1 supplier' : `${suppliers.length} suppliers`}>
            <SupplierRegister suppliers={suppliers} onEdit={dialog.openEdit} onNew={() => dialog.openNew()} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[2]} description={`${certCount} recorded`}>
            <CertificateList suppliers={suppliers} onEdit={dialog.openEdit} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[3]} description={`${clause?.percent ?? 0}% done`}>
            <ClauseSummary clause={clause} />
          </Stepper.Step>
        </Stepper>
        <WizardNav steps={STEPS} active={step} onChange={setStep} />
      </Card>
      <FormDialog opened={dialog.editing !== null} onClose={dialog.close} title={dialog.editing?.record ? titleWithRef('Edit supplier', dialog.editing.record.ref) : 'New supplier'} size="80rem">
        {dialog.editing && <SupplierForm supplier={dialog.editing.record} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}
