import { Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { Asset } from '../../../../shared/contract/risk';
import type { ScaleStep } from '../../../../shared/contract/riskMethod';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { usePeopleOptions } from '../../hooks';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { ASSET_TYPE_LABEL, options } from './labels';

type Values = Omit<Asset, 'id' | 'ref' | 'ownerName' | 'custodianName' | 'riskCount' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>;

const blank: Values = { name: '', kind: 'information', type: 'information', group: '', description: '', ownerId: null, custodianId: null, location: '', classification: '', confidentiality: 1, integrity: 1, availability: 1 };

const scaleOptions = (steps: ScaleStep[] | undefined) => (steps ?? []).map((s, i) => ({ value: String(i + 1), label: `${i + 1} ${s.label}` }));

/** One asset; C, I and A each on the scale the method sets for it. */
export function AssetForm({ asset, onDone }: { asset?: Asset; onDone: () => void }) {
  const form = useDraftForm<Values>(`asset:${asset?.id ?? 'new'}`, asset ? `Asset ${asset.ref}` : 'New asset', { initialValues: asset ? pick({ ...blank, ...asset }) : blank });
  const people = usePeopleOptions();
  const method = useCall(() => api.risk.method({}), []);
  const scales = method.data?.assetScales;
  const submit = form.onSubmit((v) =>
    saveForm(
      form,
      async () => {
        const { ...fields } = v;
        if (asset) await api.risk.assetUpdate({ id: asset.id, ...pick(fields) });
        else await api.risk.assetCreate(pick(fields));
      },
      { saved: asset ? 'Asset updated.' : 'Asset added.', failed: 'The asset was not saved' },
      onDone,
    ),
  );
  const value = (key: 'confidentiality' | 'integrity' | 'availability', label: string, steps: ScaleStep[] | undefined) => (
    <Select label={label} allowDeselect={false} data={scaleOptions(steps)} value={String(form.values[key])} onChange={(v) => v && form.setFieldValue(key, Number(v))} error={form.errors[key]} />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={asset ? 'Edit asset' : 'New asset'}>
      <Stack>
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={3}>
          <Select label="Information or supporting" allowDeselect={false} data={[{ value: 'information', label: 'Information' }, { value: 'supporting', label: 'Supporting asset' }]} {...form.getInputProps('kind')} />
          <Select label="Asset type" allowDeselect={false} data={options(ASSET_TYPE_LABEL)} {...form.getInputProps('type')} />
          <TextInput label="Group" placeholder="e.g. Finance systems" {...form.getInputProps('group')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Select label="Owner" searchable clearable data={people.options} placeholder={people.empty ? 'Add people first' : 'Choose a person'} {...form.getInputProps('ownerId')} />
          <Select label="Custodian" searchable clearable data={people.options} {...form.getInputProps('custodianId')} />
          <TextInput label="Location" {...form.getInputProps('location')} />
          <TextInput label="Classification" placeholder="e.g. Confidential" {...form.getInputProps('classification')} />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          {value('confidentiality', 'Confidentiality', scales?.c)}
          {value('integrity', 'Integrity', scales?.i)}
          {value('availability', 'Availability', scales?.a)}
        </SimpleGrid>
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit">{asset ? 'Save asset' : 'Add asset'}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function pick(v: Values) {
  return {
    name: v.name,
    kind: v.kind,
    type: v.type,
    group: v.group,
    description: v.description,
    ownerId: v.ownerId,
    custodianId: v.custodianId,
    location: v.location,
    classification: v.classification,
    confidentiality: v.confidentiality,
    integrity: v.integrity,
    availability: v.availability,
  };
}
