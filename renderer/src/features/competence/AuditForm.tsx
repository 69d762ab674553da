import { useState } from 'react';
import { Alert, Badge, Button, FileInput, Group, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPaperclip } from '@tabler/icons-react';
import { AUDIT_KIND_LABEL, gapsFor, LEVEL_LABEL, type AuditKind } from '../../../../shared/competence';
import { todayIso } from '../../../../shared/dates';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { fileToUpload } from '../attachments/files';
import { levelText } from './labels';

interface Values {
  kind: AuditKind;
  personId: string | null;
  roleId: string | null;
  auditedOn: string | null;
  assessorId: string | null;
  /** Level found per skill id, as the picker's text ("0" to "5"); a skill left empty keeps its matrix level. */
  levels: Record<string, string | null>;
  notes: string;
  followUpOn: string | null;
}

const FOUND_OPTIONS = [0, 1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} ${LEVEL_LABEL[n]}` }));

/**
 * 7.2 b) and c): a skills audit. The role's requirements are listed with the level found for each;
 * the gaps are worked out while typing with the same function the core uses (shared/competence.ts).
 */
export function AuditForm({ onDone, onCreated }: { onDone: () => void; onCreated: (id: string) => void }) {
  const roles = useCall(() => api.roles.list({}), []);
  const form = useDraftForm<Values>('skills-audit:new', 'Skills audit', {
    initialValues: { kind: 'pre-appointment', personId: null, roleId: null, auditedOn: todayIso(), assessorId: null, levels: {}, notes: '', followUpOn: null },
    validate: {
      personId: (v) => (v ? null : 'Choose who is audited.'),
      roleId: (v) => (v ? null : 'Choose the role.'),
      assessorId: (v) => (v ? null : 'Choose the assessor.'),
      auditedOn: (v) => (!v ? 'Give the day of the audit.' : v > todayIso() ? 'A skills audit cannot be dated in the future.' : null),
    },
  });
  const [files, setFiles] = useState<File[]>([]);
  const v = form.values;
  const requirements = useCall(() => (v.roleId ? api.competence.requirementList({ roleId: v.roleId }) : Promise.resolve([])), [v.roleId]);
  const matrix = useCall(() => api.competence.matrix({}), []);
  const current = new Map((matrix.data?.entries ?? []).filter((e) => e.personId === v.personId).map((e) => [e.skillId, e.level]));
  const found = new Map(current);
  for (const [skillId, level] of Object.entries(v.levels)) if (level !== null && level !== '') found.set(skillId, Number(level));
  const reqs = (requirements.data ?? []).map((r) => ({ skillId: r.skillId, skillName: r.skillName, requiredLevel: r.requiredLevel }));
  const gaps = gapsFor(reqs, found);
  const submit = form.onSubmit(async (values) => {
    const uploads = await Promise.all(files.map(fileToUpload));
    const levels = Object.entries(values.levels).flatMap(([skillId, level]) => (level === null || level === '' ? [] : [{ skillId, level: Number(level) }]));
    let id = '';
    const ok = await saveForm(
      form,
      async () => (id = (await api.competence.auditCreate({ kind: values.kind, personId: values.personId!, roleId: values.roleId!, auditedOn: values.auditedOn!, assessorId: values.assessorId!, levels, notes: values.notes, followUpOn: gaps.length ? values.followUpOn : null, files: uploads })).id),
      { saved: 'Skills audit recorded.', failed: 'The skills audit was not saved' },
    );
    if (ok) onCreated(id);
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New skills audit">
      <Stack gap="sm">
        <SegmentedControl data={(['pre-appointment', 'post-appointment'] as const).map((k) => ({ value: k, label: AUDIT_KIND_LABEL[k] }))} {...form.getInputProps('kind')} aria-label="When the audit takes place" />
        <SimpleGrid cols={2}>
          <PersonSelect label={v.kind === 'pre-appointment' ? 'Candidate' : 'Role holder'} required searchable {...form.getInputProps('personId')} />
          <Select label="Role" required searchable placeholder="Choose a role" data={(roles.data ?? []).map((r) => ({ value: r.id, label: r.name }))} {...form.getInputProps('roleId')} onChange={(id) => (form.setFieldValue('roleId', id), form.setFieldValue('levels', {}))} />
          <DateInput label="Audited on" required valueFormat="YYYY-MM-DD" maxDate={todayIso()} {...form.getInputProps('auditedOn')} />
          <PersonSelect label="Assessor" required searchable {...form.getInputProps('assessorId')} />
        </SimpleGrid>
        {v.roleId && reqs.length === 0 && (
          <Alert color="yellow" title="This role has no competence requirements">
            Give the role its required skills on the Requirements tab first; the audit checks the candidate against them.
          </Alert>
        )}
        {reqs.length > 0 && (
          <Table striped aria-label="Levels found">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Skill</Table.Th>
                <Table.Th w={110}>Needed</Table.Th>
                <Table.Th w={120}>In the matrix</Table.Th>
                <Table.Th w={170}>Found in this audit</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reqs.map((r) => (
                <Table.Tr key={r.skillId}>
                  <Table.Td>{r.skillName}</Table.Td>
                  <Table.Td>{levelText(r.requiredLevel)}</Table.Td>
                  <Table.Td>{current.has(r.skillId) ? levelText(current.get(r.skillId)!) : 'not assessed'}</Table.Td>
                  <Table.Td>
                    <Select aria-label={`Level found in ${r.skillName}`} placeholder="Keep" clearable size="xs" data={FOUND_OPTIONS} value={v.levels[r.skillId] ?? null} onChange={(l) => form.setFieldValue('levels', { ...v.levels, [r.skillId]: l })} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {reqs.length > 0 && (
          <Group gap="xs" aria-live="polite">
            <Text size="sm" fw={500}>
              Result:
            </Text>
            {gaps.length === 0 ? (
              <Badge color="teal">{v.kind === 'pre-appointment' ? 'Fit for the role' : 'No gaps'}</Badge>
            ) : (
              gaps.map((g) => (
                <Badge key={g.skillId} color="orange" variant="light">
                  {g.skillName}: {g.actual} of {g.required}
                </Badge>
              ))
            )}
          </Group>
        )}
        <Textarea label="Notes" description="How the levels were found: interview, test, work sample, references" autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
        <SimpleGrid cols={2}>
          {gaps.length > 0 && <DateInput label="Audit after appointment due" description="When to check that the gaps are closed" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('followUpOn')} />}
          <FileInput label="Evidence files" description="Optional, up to 20 MB each" multiple clearable leftSection={<IconPaperclip size={16} />} value={files} onChange={setFiles} />
        </SimpleGrid>
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            Record audit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
