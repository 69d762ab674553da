import { Text } from '@mantine/core';

/**
 * A register row's human-readable id (CTX-001; shared/refs.ts) as it appears in tables, dialog titles
 * and the documents, so a person can quote it and find the row again with the search box.
 */
export function RefBadge({ value }: { value: string }) {
  return (
    <Text component="span" size="xs" ff="monospace" fw={600} c="dimmed" style={{ whiteSpace: 'nowrap' }} data-ref={value}>
      {value}
    </Text>
  );
}

/** A dialog title that names the record it edits: "Edit issue CTX-004". */
export const titleWithRef = (title: string, ref: string | undefined | null) => (ref ? `${title} ${ref}` : title);
