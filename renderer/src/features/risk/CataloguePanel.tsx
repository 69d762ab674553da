import { useState } from 'react';
import { Accordion, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { Threat, Vulnerability } from '../../../../shared/contract/risk';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { notifyError, notifySaved } from '../../notify';
import { confirmDelete } from '../../components/confirmDelete';
import { ASSET_TYPE_LABEL, THREAT_CATEGORY_LABEL, options } from './labels';

function Grouped<T extends { id: string; name: string; description: string }>({ items, groupOf, label, onDelete }: { items: T[]; groupOf: (t: T) => string; label: string; onDelete: (t: T) => void }) {
  const groups = [...new Set(items.map(groupOf))];
  return (
    <Accordion multiple variant="separated" aria-label={label}>
      {groups.map((g) => (
        <Accordion.Item key={g} value={g}>
          <Accordion.Control>
            {g} ({items.filter((t) => groupOf(t) === g).length})
          </Accordion.Control>
          <Accordion.Panel>
            {items
              .filter((t) => groupOf(t) === g)
              .map((t) => (
                <Group key={t.id} justify="space-between" wrap="nowrap" mb={6}>
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      {t.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t.description}
                    </Text>
                  </Stack>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => onDelete(t)} aria-label={`Delete ${t.name}`}>
                    Delete
                  </Button>
                </Group>
              ))}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

/** The shipped threat and vulnerability catalogues, this workspace's copy: add and remove entries. */
export function CataloguePanel() {
  const threats = useCall(() => api.risk.threatList({}), []);
  const vulns = useCall(() => api.risk.vulnerabilityList({}), []);
  const [t, setT] = useState({ name: '', category: 'unauthorised-actions' });
  const [v, setV] = useState({ name: '', assetType: 'software' });
  const done = (msg: string) => () => notifySaved(msg);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Stack>
        <Text fw={600}>Threats ({threats.data?.length ?? 0})</Text>
        <Group align="flex-end">
          <TextInput label="New threat" value={t.name} onChange={(e) => setT({ ...t, name: e.currentTarget.value })} />
          <Select label="Category" allowDeselect={false} data={options(THREAT_CATEGORY_LABEL)} value={t.category} onChange={(x) => x && setT({ ...t, category: x })} />
          <Button disabled={!t.name.trim()} onClick={() => api.risk.threatCreate({ name: t.name, category: t.category as Threat['category'] }).then(() => (setT({ ...t, name: '' }), notifySaved('Threat added.')), notifyError)}>
            Add
          </Button>
        </Group>
        <Grouped items={threats.data ?? []} groupOf={(x) => THREAT_CATEGORY_LABEL[x.category]} label="Threat catalogue" onDelete={(x) => confirmDelete(`the threat "${x.name}"`, (confirm) => api.risk.threatDelete({ id: x.id, confirm }), done('Threat deleted.'))} />
      </Stack>
      <Stack>
        <Text fw={600}>Vulnerabilities ({vulns.data?.length ?? 0})</Text>
        <Group align="flex-end">
          <TextInput label="New vulnerability" value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} />
          <Select label="Asset type" allowDeselect={false} data={options(ASSET_TYPE_LABEL)} value={v.assetType} onChange={(x) => x && setV({ ...v, assetType: x })} />
          <Button disabled={!v.name.trim()} onClick={() => api.risk.vulnerabilityCreate({ name: v.name, assetType: v.assetType as Vulnerability['assetType'] }).then(() => (setV({ ...v, name: '' }), notifySaved('Vulnerability added.')), notifyError)}>
            Add
          </Button>
        </Group>
        <Grouped items={vulns.data ?? []} groupOf={(x) => ASSET_TYPE_LABEL[x.assetType]} label="Vulnerability catalogue" onDelete={(x) => confirmDelete(`the vulnerability "${x.name}"`, (confirm) => api.risk.vulnerabilityDelete({ id: x.id, confirm }), done('Vulnerability deleted.'))} />
      </Stack>
    </SimpleGrid>
  );
}
