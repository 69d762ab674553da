import { useState } from 'react';
import { Alert, Badge, Button, Card, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
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

function Toolbar() {
  return (
    <RichTextEditor.Toolbar sticky stickyOffset={56}>
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
  if (v.status === 'draft') return { editable: true, text: `Saving changes draft ${v.version}.` };
  if (v.status === 'in-review') return { editable: false, text: `Version ${v.version} is in review. Return it to draft (Review and approval) to change the text.` };
  return { editable: true, text: `Version ${v.version} is ${v.status} and will not change. Saving starts a new draft after it.` };
}

/** The policy's text in a rich text editor; stored as a structured document, checked as you type. */
export function PolicyEditor({ policy, version }: { policy: PolicyDetail; version: Version }) {
  const hint = saveHint(policy);
  const [changeNote, setChangeNote] = useState(version.status === 'draft' ? version.changeNote : '');
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const editor = useEditor({ extensions: policyExtensions, content: version.content, editable: hint.editable, editorProps: { attributes: { 'aria-label': 'Policy text', role: 'textbox', 'aria-multiline': 'true' } }, immediatelyRender: true, onUpdate: () => setDirty(true) });
  const text = useEditorState({ editor, selector: (s) => (s.editor ? docToText(RichDocSchema.safeParse(s.editor.getJSON()).data ?? { type: 'doc', content: [] }) : '') }) ?? '';
  const [debounced] = useDebouncedValue(text, 400);
  const save = async () => {
    const parsed = RichDocSchema.safeParse(editor?.getJSON());
    if (!parsed.success) return notifyError(new Error(parsed.error.issues[0]?.message ?? 'The text cannot be saved.'), 'Not saved');
    setSaving(true);
    try {
      const saved = await api.policies.saveDraft({ policyId: policy.id, content: parsed.data as RichDoc, changeNote });
      setDirty(false);
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
          <Alert color={hint.editable ? 'gray' : 'yellow'} py={6}>
            <Text size="sm">{hint.text}</Text>
          </Alert>
          <RichTextEditor editor={editor} aria-label="Policy text">
            {hint.editable && <Toolbar />}
            <RichTextEditor.Content mih={420} />
          </RichTextEditor>
          {hint.editable && (
            <Group align="flex-end" justify="space-between">
              <TextInput label="What changed" placeholder="A short note for the version history" w={420} value={changeNote} onChange={(e) => setChangeNote(e.currentTarget.value)} maxLength={500} />
              <Group>
                {dirty && <Badge color="orange" variant="light">Unsaved changes</Badge>}
                <Button onClick={save} loading={saving} disabled={!dirty}>
                  Save draft
                </Button>
              </Group>
            </Group>
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
