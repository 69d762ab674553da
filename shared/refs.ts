/**
 * Human-readable ids of register rows (DESIGN.md, Data): `CTX-001` beside the UUID. The write helper
 * (electron/core/db/write.ts) gives one to every row it inserts into a table listed here, from a
 * per-workspace counter, so an id is never reused after a delete and never renumbered.
 *
 * A new register: add a `ref` column (`refColumn()` in electron/core/db/schema/common.ts), list its
 * table here with an unused prefix, and backfill existing rows in the migration (see 0005).
 * test/core/refs.test.ts checks that this list and the schema agree.
 */
export const REF_PREFIXES = {
  context_issues: 'CTX', // 4.1 internal and external issues
  parties: 'IP', // 4.2 interested parties
  party_requirements: 'REQ', // 4.2 their requirements
  scope_boundaries: 'SCB', // 4.3 what is in and out of scope
  scope_interfaces: 'SCI', // 4.3 interfaces and dependencies
  isms_processes: 'PRC', // 4.4 ISMS processes
  leadership_commitments: 'LC', // 5.1 commitments
  leadership_evidence: 'EVD', // 5.1 evidence that a commitment is lived
  policies: 'POL', // 5.2 policies
  policy_acknowledgements: 'ACK', // 5.2 read-and-understood confirmations
  roles: 'ROLE', // 5.3 roles
  raci_activities: 'ACT', // 5.3 rows of the RACI matrix
  people: 'PER', // people register
  org_units: 'UNIT', // organisation units
  assets: 'AST', // 6.1.2 asset inventory
  risks: 'RSK', // 6.1.2 risk register
  treatment_actions: 'RTP', // 6.1.3 / 8.3 risk treatment plan actions
  assessment_runs: 'RUN', // 8.2 dated risk assessment runs
  metrics: 'MET', // 9.1 metric definitions
  objectives: 'OBJ', // 6.2 information security objectives
  isms_changes: 'CHG', // 6.3 planned changes to the ISMS
  resource_lines: 'RES', // 7.1 resource and budget lines
  communications: 'COM', // 7.4 communication plan rows
  suppliers: 'SUP', // 8.1 supplier register
  document_entries: 'DOC', // 7.5 documents and records kept elsewhere or of external origin
  nonconformities: 'NC', // 10.2 nonconformities
  corrective_actions: 'CA', // 10.2 corrective actions
  improvements: 'IMP', // 10.1 improvement register
  skills: 'SKL', // 7.2 skills catalogue
  skill_audits: 'CMP', // 7.2 skills audits before and after appointment
  training_plans: 'TRP', // 7.2 training plans
  training_records: 'TRN', // 7.2 training records
  awareness_campaigns: 'AWR', // 7.3 awareness campaigns
  audit_programmes: 'APR', // 9.2 audit programmes
  audits: 'AUD', // 9.2 audits
  audit_findings: 'FND', // 9.2 audit findings
  management_reviews: 'MRV', // 9.3 management reviews
  management_review_actions: 'MRA', // 9.3 actions decided at management reviews
} as const;

/**
 * Prefixes kept for registers that later clauses add, so two registers never pick the same one.
 * Move an entry into REF_PREFIXES when its table exists.
 */
export const PLANNED_REF_PREFIXES = {} as const;

export type RefTable = keyof typeof REF_PREFIXES;

/** Three digits at least (CTX-001); the number simply grows past 999 (CTX-1000). */
export function formatRef(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(3, '0')}`;
}

/**
 * What the user typed, read as an id of this prefix when it looks like one: "ctx-7", "CTX7" and
 * "CTX-007" all mean CTX-007. Returns null for anything else, so the search falls back to "contains".
 */
export function parseRef(prefix: string, text: string): string | null {
  const m = /^([a-z]+)\s*-?\s*0*(\d{1,7})$/i.exec(text.trim());
  if (!m || m[1]!.toUpperCase() !== prefix || Number(m[2]) === 0) return null;
  return formatRef(prefix, Number(m[2]));
}
