import { ActionIcon, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { NcDetail } from '../../../../shared/contract/improvement';
import { api } from '../../api/client';
import { useDraftForm } from '../../drafts/useDraftForm';
import { saveForm } from '../../components/zodForm';
import { notifyError, notifySaved } from '../../notify';
import { LINK_KIND_LABEL } from './labels';
import { usePickers } from './usePickers';

type Kind = 'control' | 'policy' | 'risk';

/** What the corrective actions changed: controls, policies and risks, linked by id so the trace can follow them. */
export function LinksPanel({ nc, onTrace }: { nc: NcDetail; onTrace: () => void }) {
  const pick = usePickers();
  const locked = nc.status === 'closed';
  const form = useDraftForm<{ kind: Kind; targetId: string | null; actionId: string | null; note: string }>(`nc:${nc.id}:link`, 'Link', { initialValues: { kind: 'control', targetId: null, actionId: null, note: '' } });
  const targets = { control: pick.controls, policy: pick.policies, risk: pick.risks }[form.values.kind];
  const submit = form.onSubmit(async (v) => {
    if (!v.targetId) return form.setFieldError('targetId', 'Choose what it links to.');
    const ok = await saveForm(form, () => api.improvement.linkCreate({ ncId: nc.id, kind: v.kind, targetId: v.targetId!, actionId: v.actionId, note: v.note }), { saved: 'Link added.', failed: 'The link was not added' });
    if (ok) form.reset();
  });
  const remove = (id: string) => api.improvement.linkDelete({ id }).then(() => notifySaved('Link removed.'), notifyError);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>What the actions changed</Title>
        <Button variant="subtle" size="xs" onClick={onTrace}>
          Open the trace
        </Button>
      </Group>
      {nc.links.length > 0 ? (
        <Table aria-label="Linked records">
          <Table.Tbody>
            {nc.links.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td w={90}>
                  <Badge variant="light">{LINK_KIND_LABEL[l.kind]}</Badge>
                </Table.Td>
                <Table.Td>{l.label}</Table.Td>
                <Table.Td w={120}>{l.actionRef ? `through ${l.actionRef}` : ''}</Table.Td>
                <Table.Td>{l.note}</Table.Td>
                <Table.Td w={40}>
                  {!locked && (
                    <ActionIcon variant="subtle" color="red" aria-label={`Remove the link to ${l.label}`} onClick={() => void remove(l.id)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          Nothing linked yet. Link the controls, policies or risks the actions change.
        </Text>
      )}
      {!locked && (
        <form onSubmit={submit} noValidate aria-label="Add a link">
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <Select label="Kind" w={110} allowDeselect={false} data={(['control', 'policy', 'risk'] as const).map((k) => ({ value: k, label: LINK_KIND_LABEL[k] }))} {...form.getInputProps('kind')} onChange={(v) => (form.setFieldValue('kind', (v ?? 'control') as Kind), form.setFieldValue('targetId', null))} />
            <Select label="Record" searchable style={{ flex: 2 }} data={targets} {...form.getInputProps('targetId')} />
            <Select label="Changed by" clearable w={150} data={nc.actions.map((a) => ({ value: a.id, label: a.ref }))} {...form.getInputProps('actionId')} />
            <TextInput label="Note" style={{ flex: 1 }} {...form.getInputProps('note')} />
            <Button type="submit" variant="light">
              Link
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
