import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Select, Stack, Switch, Text, Title } from '@mantine/core';
import type { ExportDocId, ExportFormat } from '../../../../shared/contract/export';
import { DocumentSettingsCard } from './DocumentSettingsCard';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { exportDocument, type ExportOutcome } from './exportDocument';

type RecordKind = 'policy' | 'nonconformity' | 'audit' | 'review';
type Choice = { value: string; label: string };

/** What a document about one record asks for: its picker's words, and the records it can be written from. */
const RECORD_WORDS: Record<RecordKind, { choose: string; none: string; label: string }> = {
  policy: { choose: 'Choose a published policy', none: 'No published policy yet', label: 'Policy to export' },
  nonconformity: { choose: 'Choose a nonconformity', none: 'No nonconformity yet', label: 'Nonconformity to export' },
  audit: { choose: 'Choose an audit', none: 'No audit yet', label: 'Audit to export' },
  review: { choose: 'Choose a management review', none: 'No management review yet', label: 'Management review to export' },
};

/** Every document the workspace can produce, written by the main process. */
export function ExportsPage() {
  const docs = useCall(() => api.export.list({}), []);
  // Documents about one record need it chosen: a published policy, a nonconformity, an audit or a review.
  const policies = useCall(() => api.policies.list({}), []);
  const ncs = useCall(() => api.improvement.ncList({ limit: 500, sort: 'ref', dir: 'desc' }), []);
  const audits = useCall(() => api.audits.list({}), []);
  const reviews = useCall(() => api.reviews.list({}), []);
  const choices: Record<RecordKind, Choice[]> = {
    policy: (policies.data ?? []).filter((p) => p.published).map((p) => ({ value: p.id, label: `${p.title} (${p.published!.version})` })),
    nonconformity: (ncs.data?.items ?? []).map((n) => ({ value: n.id, label: `${n.ref} ${n.title}` })),
    audit: [...(audits.data ?? [])].reverse().map((a) => ({ value: a.id, label: `${a.ref} ${a.title}` })),
    review: (reviews.data ?? []).map((r) => ({ value: r.id, label: `${r.ref} ${r.title} (${r.meetingDate})` })),
  };
  const [chosen, setChosen] = useState<Partial<Record<ExportDocId, string | null>>>({});
  const [busy, setBusy] = useState<ExportDocId | null>(null);
  const [last, setLast] = useState<Partial<Record<ExportDocId, ExportOutcome>>>({});
  const [formats, setFormats] = useState<Partial<Record<ExportDocId, ExportFormat>>>({});
  const [drafts, setDrafts] = useState<Partial<Record<ExportDocId, boolean>>>({});
  const run = async (id: ExportDocId, recordId?: string) => {
    setBusy(id);
    const outcome = await exportDocument(id, recordId, { format: formats[id], draft: drafts[id] });
    setBusy(null);
    if (outcome) setLast((l) => ({ ...l, [id]: outcome }));
  };
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={2}>
        <Title order={2}>Export documents</Title>
        <Text c="dimmed">The documents an auditor asks for, generated from what this workspace records. An approved register prints as it was approved; switch on Draft to print the changes made since, marked DRAFT.</Text>
      </Stack>
      <DocumentSettingsCard />
      {docs.data?.map((d) => (
        <Card key={d.id}>
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Badge variant="light">{d.clauseId}</Badge>
                <Text fw={600}>{d.title}</Text>
                {d.documentKey && <DocumentBadge documentKey={d.documentKey} />}
              </Group>
              {last[d.id] && (
                <Text size="xs" c="dimmed" data-testid={`export-path-${d.id}`}>
                  Saved to {last[d.id]!.path}
                  {last[d.id]!.download && (
                    <>
                      {' · '}
                      <Anchor href={last[d.id]!.download!} download size="xs">
                        Download
                      </Anchor>
                    </>
                  )}
                </Text>
              )}
            </Stack>
            <Group gap="xs" wrap="nowrap">
              <SegmentedControl size="xs" data={d.formats.map((f) => ({ value: f, label: f.toUpperCase() }))} value={formats[d.id] ?? d.format} onChange={(f) => setFormats((all) => ({ ...all, [d.id]: f as ExportFormat }))} aria-label={`Format of ${d.title}`} />
              {d.documentKey && <Switch size="xs" label="Draft" checked={!!drafts[d.id]} onChange={(e) => setDrafts((all) => ({ ...all, [d.id]: e.currentTarget.checked }))} aria-label={`Print the draft of ${d.title}`} />}
              {d.record && (
                <Select
                  placeholder={choices[d.record].length ? RECORD_WORDS[d.record].choose : RECORD_WORDS[d.record].none}
                  data={choices[d.record]}
                  value={chosen[d.id] ?? null}
                  onChange={(v) => setChosen((all) => ({ ...all, [d.id]: v }))}
                  disabled={!choices[d.record].length}
                  searchable
                  w={300}
                  aria-label={RECORD_WORDS[d.record].label}
                />
              )}
              <Button loading={busy === d.id} disabled={!!d.record && !chosen[d.id]} onClick={() => run(d.id, d.record ? (chosen[d.id] ?? undefined) : undefined)} aria-label={`Export ${d.title}`}>
                Export
              </Button>
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** The document-control id and version beside each export. */
function DocumentBadge({ documentKey }: { documentKey: string }) {
  const record = useCall(() => api.documents.get({ key: documentKey }), [documentKey]);
  if (!record.data) return null;
  return (
    <Badge variant="outline" color={record.data.status === 'approved' ? 'teal' : 'gray'}>
      {record.data.docId} v{record.data.version}
    </Badge>
  );
}
