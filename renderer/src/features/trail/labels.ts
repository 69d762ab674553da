import type { TrailProblem } from '../../../../shared/contract/trail';
import type { z } from 'zod';

/** Plain names for the tables the trail records, as people call the records in them. */
const TABLE_LABELS: Record<string, string> = {
  workspace_meta: 'Workspace details',
  people: 'Person',
  org_units: 'Organisation unit',
  context_issues: 'Issue (4.1)',
  parties: 'Interested party (4.2)',
  party_requirements: 'Requirement (4.2)',
  scope_boundaries: 'Scope boundary (4.3)',
  scope_interfaces: 'Scope interface (4.3)',
  scope_statements: 'Scope statement (4.3)',
  isms_processes: 'ISMS process (4.4)',
  isms_process_links: 'Process link (4.4)',
  leadership_commitments: 'Commitment (5.1)',
  leadership_evidence: 'Evidence (5.1)',
  attachments: 'Attached file',
  policies: 'Policy (5.2)',
  policy_versions: 'Policy version (5.2)',
  policy_distribution: 'Policy distribution (5.2)',
  policy_acknowledgements: 'Policy acknowledgement (5.2)',
  roles: 'Role (5.3)',
  role_assignments: 'Role assignment (5.3)',
  raci_activities: 'RACI activity (5.3)',
  raci_entries: 'RACI entry (5.3)',
};

export const tableLabel = (table: string) => TABLE_LABELS[table] ?? table.replace(/_/g, ' ');

export const OP_LABELS = { insert: 'Created', update: 'Changed', delete: 'Deleted' } as const;
export const OP_COLORS = { insert: 'teal', update: 'indigo', delete: 'red' } as const;

export const PROBLEM_LABELS: Record<z.infer<typeof TrailProblem>['kind'], string> = {
  'altered-entry': 'History entry changed',
  'broken-link': 'History chain broken',
  'missing-entry': 'History entry deleted',
  unchained: 'History entry added',
  'untracked-record': 'Record added outside the app',
  'changed-record': 'Record changed outside the app',
  'missing-record': 'Record deleted outside the app',
  attachment: 'Evidence file changed',
  'policy-text': 'Published policy text changed',
};
