import { useState } from 'react';
import { Alert, Card, Grid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor, useEditorState } from '@tiptap/react';
import type { PolicyDetail, Version } from '../../../../shared/contract/policies';
import { checkPolicyCoverage } from '../../../../shared/policyCoverage';
import { docToText, RichDocSchema, type RichDoc } from '../../../../shared/richtext';
import { api } from '../../api/client';
import { notifyError, notifySaved } from '../../notify';
import { CoverageList } from './CoverageList';
import { policyExtensions } from './editorExtensions';
import { useDraftState } from '../../drafts/useDraftState';
import { SaveBar } from '../../components/SaveBar/SaveBar';
import { DraftNotice } from '../../components/DraftNotice/DraftNotice';

function Toolbar() {
  return (
    <RichTextEditor.Toolbar sticky stickyOffset={104}>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Bold />
        <RichTextEditor.Italic />
        <RichTextEditor.Link />
        <RichTextEditor.Unlink />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.H1 />
        <RichTextEditor.H2 />
        <RichTextEditor.H3 />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.BulletList />
        <RichTextEditor.OrderedList />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.TableInsert />
        <RichTextEditor.TableRowAfter />
        <RichTextEditor.TableColumnAfter />
        <RichTextEditor.TableRowDelete />
        <RichTextEditor.TableColumnDelete />
        <RichTextEditor.TableDelete />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Undo />
        <RichTextEditor.Redo />
      </RichTextEditor.ControlsGroup>
    </RichTextEditor.Toolbar>
  );
}

/** Where saving will go: into the open draft, or into a new draft after the version in force. */
function saveHint(policy: PolicyDetail): { editable: boolean; text: string } {
  const v = policy.current;
  if (v.status === 'draft') return { editable: true, text: `Saving updates draft ${v.version}.` };
  if (v.status === 'in-review') return { editable: false, text: `Version ${v.version} is in review. Return it to draft (Review and approval) to change the text.` };
  return { editable: true, text: `Version ${v.version} is ${v.status} and will not change. Saving starts a new draft after it.` };
}

/** The policy's text in a rich text editor; stored as a structured document, checked as you type. */
export function PolicyEditor({ policy, version }: { policy: PolicyDetail; version: Version }) {
  const hint = saveHint(policy);
  // Unsaved text is kept as a draft on this computer per policy (issue 9): null means no edits.
  const working = useDraftState<{ content: unknown; changeNote: string } | null>(hint.editable ? `policy-text:${policy.id}` : null, `Text of "${policy.title}"`, null);
  const initialNote = version.status === 'draft' ? version.changeNote : '';
  const changeNote = working.value?.changeNote ?? initialNote;
  const dirty = working.value !== null;
  const [saving, setSaving] = useState(false);
  const editor = useEditor({
    extensions: policyExtensions,
    content: (working.value?.content as RichDoc | undefined) ?? version.content,
    editable: hint.editable,
    editorProps: { attributes: { 'aria-label': 'Policy text', role: 'textbox', 'aria-multiline': 'true' } },
    immediatelyRender: true,
    onUpdate: ({ editor: e }) => working.set((w) => ({ content: e.getJSON(), changeNote: w?.changeNote ?? initialNote })),
  });
  const setChangeNote = (note: string) => working.set((w) => ({ content: w?.content ?? editor?.getJSON() ?? version.content, changeNote: note }));
  const discard = () => {
    working.discard();
    editor?.commands.setContent(version.content);
    working.set(null);
  };
  const text = useEditorState({ editor, selector: (s) => (s.editor ? docToText(RichDocSchema.safeParse(s.editor.getJSON()).data ?? { type: 'doc', content: [] }) : '') }) ?? '';
  const [debounced] = useDebouncedValue(text, 400);
  const save = async () => {
    const parsed = RichDocSchema.safeParse(editor?.getJSON());
    if (!parsed.success) return notifyError(new Error(parsed.error.issues[0]?.message ?? 'The text cannot be saved.'), 'Not saved');
    setSaving(true);
    try {
      const saved = await api.policies.saveDraft({ policyId: policy.id, content: parsed.data as RichDoc, changeNote });
      working.clear();
      working.set(null);
      notifySaved(`Saved as draft ${saved.version}.`);
    } catch (err) {
      notifyError(err, 'The policy was not saved');
    } finally {
      setSaving(false);
    }
  };
  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: policy.kind === 'information-security' ? 8 : 12 }}>
        <Stack gap="sm">
          {hint.editable ? (
            <SaveBar target={hint.text} dirty={dirty} saving={saving} onSave={() => void save()} onDiscard={discard} saveLabel="Save draft" />
          ) : (
            <Alert color="yellow" py={6}>
              <Text size="sm">{hint.text}</Text>
            </Alert>
          )}
          {dirty && <DraftNotice restoredAt={working.restoredAt} onDiscard={discard} />}
          <RichTextEditor editor={editor} aria-label="Policy text">
            {hint.editable && <Toolbar />}
            <RichTextEditor.Content mih={420} />
          </RichTextEditor>
          {hint.editable && (
            <TextInput label="What changed" placeholder="A short note for the version history" maw={520} value={changeNote} onChange={(e) => setChangeNote(e.currentTarget.value)} maxLength={500} />
          )}
        </Stack>
      </Grid.Col>
      {policy.kind === 'information-security' && (
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card>
            <Title order={5} mb="xs">
              What 5.2 asks of this policy
            </Title>
            <Text size="xs" c="dimmed" mb="sm">
              Checked in the text as you write it.
            </Text>
            <CoverageList results={checkPolicyCoverage(debounced)} />
          </Card>
        </Grid.Col>
      )}
    </Grid>
  );
}
