import { useEffect, useState } from 'react';
import { Button, Card, ColorInput, FileButton, Group, Image, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { api, ApiError } from '../../api/client';
import { useCall } from '../../api/useCall';
import { notifyError, notifySaved } from '../../notify';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The workspace's classification label and branding, printed on every DOCX, XLSX and PDF (issue #8). */
export function DocumentSettingsCard() {
  const settings = useCall(() => api.documents.settings({}), []);
  const [classification, setClassification] = useState('');
  const [accent, setAccent] = useState('');
  const [footer, setFooter] = useState('');
  const [paper, setPaper] = useState<'A4' | 'Letter'>('A4');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const s = settings.data;
  useEffect(() => {
    if (!s) return;
    setClassification(s.classification);
    setAccent(`#${s.accentColour}`);
    setFooter(s.footerText);
    setPaper(s.paperSize);
  }, [s]);
  const save = async (change: Parameters<typeof api.documents.settingsUpdate>[0], message = 'Document settings saved.') => {
    try {
      setErrors({});
      await api.documents.settingsUpdate(change);
      notifySaved(message);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length) setErrors(err.fieldErrors);
      else notifyError(err, 'Not saved');
    }
  };
  const upload = async (file: File | null) => {
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') return notifyError(new Error('Choose a PNG or JPEG image.'), 'Logo not added');
    await save({ logo: { mime: file.type, dataBase64: await toBase64(file) } }, 'Logo added.');
  };
  if (!s) return null;
  return (
    <Card withBorder aria-label="Document settings">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={4}>Classification and branding</Title>
          <Text size="sm" c="dimmed">
            Printed on the cover, in the header and footer of every page, and in each workbook's print setup.
          </Text>
        </Stack>
        <Group align="flex-start" grow>
          <TextInput label="Classification label" description="For example Internal, Confidential" value={classification} onChange={(e) => setClassification(e.currentTarget.value)} error={errors.classification} />
          <ColorInput label="Accent colour" description="Headings and table headers" format="hex" value={accent} onChange={setAccent} error={errors.accentColour} />
        </Group>
        <TextInput label="Footer text" description="For example the company's registered name and address" value={footer} onChange={(e) => setFooter(e.currentTarget.value)} error={errors.footerText} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Paper size
          </Text>
          <SegmentedControl data={['A4', 'Letter']} value={paper} onChange={(v) => setPaper(v as 'A4' | 'Letter')} aria-label="Paper size" w={200} />
        </Stack>
        <Group>
          <Button onClick={() => save({ classification, accentColour: accent, footerText: footer, paperSize: paper })}>Save settings</Button>
        </Group>
        <Group align="center">
          {s.logo ? <Image src={s.logo} h={48} w="auto" fit="contain" alt="Logo printed on document covers" /> : <Text size="sm" c="dimmed">No logo yet.</Text>}
          <FileButton onChange={upload} accept="image/png,image/jpeg">
            {(props) => (
              <Button variant="default" size="xs" {...props}>
                {s.logo ? 'Replace logo' : 'Add logo (PNG or JPEG, up to 1 MB)'}
              </Button>
            )}
          </FileButton>
          {s.logo && (
            <Button variant="subtle" color="red" size="xs" onClick={() => save({ logo: null }, 'Logo removed.')}>
              Remove logo
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
