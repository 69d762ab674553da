import { Badge, Button, Group, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { ItemPatch, type AuditDetail, type ChecklistItem } from '../../../../shared/contract/audits';
import { api } from '../../api/client';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { notifyError } from '../../notify';
import { VERDICT_COLOR, VERDICT_SHORT } from './labels';

type Values = { title: string; questions: string };

/** Add or reword a checklist item and its questions. */
export function ItemForm({ auditId, item, onDone }: { auditId: string; item?: ChecklistItem; onDone: () => void }) {
  const form = useDraftForm<Values>(`audit-checklist:${item?.id ?? `new:${auditId}`}`, 'Checklist item', { initialValues: { title: item?.title ?? '', questions: item?.questions ?? '' }, validate: zodValidate<Values>(ItemPatch.omit({ id: true }).required({ title: true })) });
  const submit = form.onSubmit(async (v) => {
    await saveForm(form, () => (item ? api.audits.itemUpdate({ id: item.id, ...v }) : api.audits.itemCreate({ auditId, ...v })), { saved: item ? 'Item updated.' : 'Item added.', failed: 'The item was not saved' }, onDone);
  });
  return (
    <form onSubmit={submit} noValidate aria-label={item ? 'Edit checklist item' : 'New checklist item'}>
      <Stack gap="sm">
        <TextInput label="Item" required data-autofocus {...form.getInputProps('title')} />
        <Textarea label="Questions" description="One per line" autosize minRows={3} maxRows={8} {...form.getInputProps('questions')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {item ? 'Save item' : 'Add item'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The checklist generated from the scope: one item per clause requirement and per control, editable, plus items of your own. */
export function ChecklistPanel({ audit, readOnly, onEdit, onNew }: { audit: AuditDetail; readOnly: boolean; onEdit: (item: ChecklistItem) => void; onNew: () => void }) {
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {audit.items.length} items, generated from the scope; reword them or add your own. Items with fieldwork stay when the scope changes.
        </Text>
        {!readOnly && (
          <Button size="xs" onClick={onNew} data-shortcut="new">
            Add an item
          </Button>
        )}
      </Group>
      <Table aria-label="Audit checklist" verticalSpacing={4} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>Item and questions</Table.Th>
            <Table.Th w={110}>Verdict</Table.Th>
            <Table.Th w={110} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {audit.items.map((i, n) => (
            <Table.Tr key={i.id}>
              <Table.Td>{n + 1}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {i.title}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                  {i.questions}
                </Text>
              </Table.Td>
              <Table.Td>{i.verdict ? <Badge autoContrast color={VERDICT_COLOR[i.verdict]}>{VERDICT_SHORT[i.verdict]}</Badge> : <Text size="xs">Open</Text>}</Table.Td>
              <Table.Td data-row-actions>
                {!readOnly && <RowActions size="sm" name={rowName('checklist item', i.title)} onEdit={() => onEdit(i)} onDelete={() => void api.audits.itemDelete({ id: i.id }).catch((err: unknown) => notifyError(err, 'Not removed'))} />}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
