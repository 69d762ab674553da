import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Asset } from '../../../../shared/contract/risk';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RegisterTable, type RegisterColumn, type SortState } from '../../components/RegisterTable/RegisterTable';
import { RowActions } from '../../components/RowActions/RowActions';
import { RefBadge, titleWithRef } from '../../components/RefBadge/RefBadge';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useOpenDialog } from '../../router';
import { AssetForm } from './AssetForm';
import { ImportAssets } from './ImportAssets';
import { ASSET_TYPE_LABEL } from './labels';

const PAGE = 25;
const columns: RegisterColumn<Asset>[] = [
  { key: 'ref', label: 'Id', sortable: true, width: 90, render: (a) => <RefBadge value={a.ref} /> },
  { key: 'name', label: 'Asset', sortable: true, render: (a) => a.name },
  { key: 'type', label: 'Type', sortable: true, width: 130, render: (a) => `${ASSET_TYPE_LABEL[a.type]}${a.kind === 'supporting' ? ' (supporting)' : ''}` },
  { key: 'group', label: 'Group', sortable: true, width: 130, render: (a) => a.group },
  { key: 'owner', label: 'Owner', width: 140, render: (a) => a.ownerName ?? <Text c="dimmed" size="sm">—</Text> },
  { key: 'confidentiality', label: 'C', sortable: true, width: 50, render: (a) => a.confidentiality },
  { key: 'integrity', label: 'I', sortable: true, width: 50, render: (a) => a.integrity },
  { key: 'availability', label: 'A', sortable: true, width: 50, render: (a) => a.availability },
  { key: 'risks', label: 'Risks', width: 60, render: (a) => a.riskCount },
];

/** 6.1.2 asset inventory: paged and sorted in the main process. */
export function AssetsPanel() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [sort, setSort] = useState<SortState>({ sort: 'ref', dir: 'asc' });
  const [page, setPage] = useState(1);
  const [importing, setImporting] = useState(false);
  // The open asset is in the address (open=asset:ID or asset:new), so a reload comes back to it.
  const dialog = useOpenDialog();
  const openId = dialog.parts?.[0] === 'asset' ? dialog.parts[1] : null;
  const opened = useCall(() => (openId && openId !== 'new' ? api.risk.assetGet({ id: openId }) : Promise.resolve(null)), [openId]);
  const editing = openId === 'new' ? {} : openId && opened.data?.id === openId ? { asset: opened.data } : null;
  const setEditing = (e: { asset?: Asset } | null) => (e ? dialog.show('asset', e.asset?.id ?? 'new') : dialog.close());
  const list = useCall(() => api.risk.assetList({ search: debounced, sort: sort.sort as 'ref', dir: sort.dir, offset: (page - 1) * PAGE, limit: PAGE }), [debounced, sort.sort, sort.dir, page]);
  const remove = (a: Asset) => confirmDelete(`${a.ref} "${a.name}"`, (confirm) => api.risk.assetDelete({ id: a.id, confirm }), () => notifySaved('Asset deleted.'));
  return (
    <Stack>
      <Group justify="space-between">
        <TextInput aria-label="Search assets" placeholder="Search assets or ids" value={search} onChange={(e) => (setSearch(e.currentTarget.value), setPage(1))} w={280} />
        <Group gap="xs">
          <Button variant="default" onClick={() => setImporting(true)}>
            Import from file
          </Button>
          <Button onClick={() => setEditing({})}>Add asset</Button>
        </Group>
      </Group>
      <RegisterTable
        caption="Asset inventory"
        columns={columns}
        rows={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        sort={sort}
        onSort={(s) => (setSort(s), setPage(1))}
        page={page}
        pageSize={PAGE}
        onPage={setPage}
        onRowOpen={(asset) => setEditing({ asset })}
        empty={<Text c="dimmed">No assets yet. List the information you hold and the systems, people and places that support it.</Text>}
        actions={(a) => <RowActions name={a.name} onEdit={() => setEditing({ asset: a })} onDelete={() => remove(a)} />}
      />
      <FormDialog opened={editing !== null} onClose={dialog.close} title={editing?.asset ? titleWithRef('Edit asset', editing.asset.ref) : 'New asset'} size="xl">
        {editing && <AssetForm key={editing.asset?.id ?? 'new'} asset={editing.asset} onDone={dialog.close} />}
      </FormDialog>
      <Modal opened={importing} onClose={() => setImporting(false)} title="Import assets" size="xl">
        {importing && <ImportAssets onDone={() => setImporting(false)} />}
      </Modal>
    </Stack>
  );
}
