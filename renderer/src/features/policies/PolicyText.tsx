import { useEffect } from 'react';
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import type { RichDoc } from '../../../../shared/richtext';
import { policyExtensions } from './editorExtensions';

/** A version's text, read-only. ProseMirror draws it from the structured document; no HTML is injected. */
export function PolicyText({ content, label }: { content: RichDoc; label: string }) {
  const editor = useEditor({ extensions: policyExtensions, content, editable: false, editorProps: { attributes: { 'aria-label': 'Policy text' } }, immediatelyRender: true });
  useEffect(() => {
    editor?.commands.setContent(content);
  }, [editor, content]);
  return (
    <RichTextEditor editor={editor} aria-label={label} style={{ border: 'none' }}>
      <RichTextEditor.Content />
    </RichTextEditor>
  );
}
