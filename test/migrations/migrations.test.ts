import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { loadMigrations } from '../../electron/core/db/migrate';
import { createWorkspace, openWorkspace, workspaceInfo } from '../../electron/core/services/workspace';
import { APPLICATION_ID, type Workspace } from '../../electron/core/db/open';
import { ISMS_PROCESS_SEEDS } from '../../electron/core/catalog/ismsProcesses';
import { ANNEX_A } from '../../electron/core/catalog/annexA';
import { THREAT_SEEDS } from '../../electron/core/catalog/threats';
import { VULNERABILITY_SEEDS } from '../../electron/core/catalog/vulnerabilities';
import { createAtSchema } from './atSchema';
import { ACTIVITY_SEEDS, ROLE_SEEDS } from '../../electron/core/catalog/roles';
import { COMMITMENT_SEEDS } from '../../electron/core/catalog/leadership';
import { SEED_KEYS } from '../../electron/core/services/seeds';
import { METRIC_LIBRARY } from '../../electron/core/catalog/metrics';
import { SKILL_SEEDS } from '../../electron/core/catalog/skills';
import { MIGRATIONS, tempDir, testClient, testEnv, testPlatform } from '../utils/platform';

const MIGRATION_LIST = loadMigrations(MIGRATIONS);
const COUNT = MIGRATION_LIST.length;
const meta = { organisation: 'Upgrade Co', sector: 'Other' as const, engagement: 'E', consultant: 'C' };
const FIXTURE = resolve(__dirname, '../fixtures/workspace-v1.isms');

type Sqlite = Workspace['sqlite'];
const S = (n: number) => `2026-0${n}-01T00:00:00.000Z`;
let refNo = 900;
/** From migration 0005 on a register row has a unique human-readable id; an older row gets one when the file has the column. */
const withRef = (db: Sqlite, table: string, values: Record<string, unknown>) =>
  'ref' in values || !(db.pragma(`table_info(${table})`) as { name: string }[]).some((c) => c.name === 'ref') ? values : { ...values, ref: `SEED-${refNo++}` };
const row = (table: string, values: Record<string, unknown>) => (db: Sqlite) => {
  const v = withRef(db, table, values);
  return db.prepare(`insert into ${table} (${Object.keys(v).join(', ')}) values (${Object.keys(v).map((k) => `@${k}`).join(', ')})`).run(v);
};
const stamps = (id: string, n: number) => ({ id, created_at: S(n), updated_at: S(n), created_by: 'seed', updated_by: 'seed' });

/** Rows valid for the schema a migration introduced; a workspace at schema N gets seeds 1..N. */
/** Skills and awareness arrive with migration 0015. */
const SKILL_SCHEMA = 16;
const AUDIT_SCHEMA = 17; // 9.2 audits arrive with migration 0016
const SUPPLIER_SCHEMA = 18; // 7.4 and 8.1 arrive with migration 0017
const RISK_SEARCH_SCHEMA = 19; // 0018: risks_fts (register search), risk_coverage (readiness counts) and risk_cells (heat maps), kept by triggers
const REVIEW_SCHEMA = 20; // 9.3 management reviews arrive with migration 0019
const SEEDS: Record<number, ((db: Sqlite) => unknown)[]> = {
  1: [
    row('org_units', { ...stamps('aaaaaaaa-0000-4000-8000-000000000001', 1), name: 'Root unit', description: 'top', parent_id: null }),
    row('org_units', { ...stamps('aaaaaaaa-0000-4000-8000-000000000002', 1), name: 'Sub unit', description: '', parent_id: 'aaaaaaaa-0000-4000-8000-000000000001' }),
    row('people', { ...stamps('bbbbbbbb-0000-4000-8000-000000000001', 1), name: 'Pat Seed', email: 'pat@seed.example', job_title: 'DPO', unit_id: 'aaaaaaaa-0000-4000-8000-000000000002' }),
    row('people', { ...stamps('bbbbbbbb-0000-4000-8000-000000000002', 1), name: 'Sam Seed', email: '', job_title: '', unit_id: null }),
  ],
  2: [
    row('context_issues', {
      ...stamps('cccccccc-0000-4000-8000-000000000001', 2),
      title: 'Seeded external',
      description: 'd',
      kind: 'external',
      category: 'legal',
      swot: 'threat',
      effect: 'e',
      impact: 'high',
      source: 's',
      review_date: '2027-01-01',
      owner_id: 'bbbbbbbb-0000-4000-8000-000000000001',
    }),
    row('context_issues', { ...stamps('cccccccc-0000-4000-8000-000000000002', 2), title: 'Seeded internal', kind: 'internal', category: 'culture', swot: 'strength', review_date: null, owner_id: null }),
  ],

  3: [
    row('parties', { ...stamps('dddddddd-0000-4000-8000-000000000001', 3), name: 'Seeded regulator', type: 'regulator', contact: 'c@reg.example', relevance: 'r', interest: 5, influence: 4, trust: 2, agreement: 3, review_date: '2027-03-01' }),
    row('parties', { ...stamps('dddddddd-0000-4000-8000-000000000002', 3), name: 'Seeded customer', type: 'customer', interest: 2, influence: 2, trust: 4, agreement: 4, review_date: null }),
    row('party_requirements', { ...stamps('eeeeeeee-0000-4000-8000-000000000001', 3), party_id: 'dddddddd-0000-4000-8000-000000000001', text: 'Report breaches', type: 'legal', decision: 'addressed', how: 'Incident process' }),
    row('party_requirements', { ...stamps('eeeeeeee-0000-4000-8000-000000000002', 3), party_id: 'dddddddd-0000-4000-8000-000000000002', text: 'Uptime', type: 'contractual' }),
    row('scope_boundaries', { ...stamps('ffffffff-0000-4000-8000-000000000001', 3), kind: 'process', name: 'Payroll', notes: 'n', included: 1, justification: '' }),
    row('scope_boundaries', { ...stamps('ffffffff-0000-4000-8000-000000000002', 3), kind: 'location', name: 'Warehouse', included: 0, justification: 'No information processed there' }),
    row('scope_interfaces', { ...stamps('abababab-0000-4000-8000-000000000001', 3), counterpart: 'Cloud host', party_id: 'dddddddd-0000-4000-8000-000000000002', crossing: 'Backups', direction: 'outbound', notes: '' }),
    row('scope_interfaces', { ...stamps('abababab-0000-4000-8000-000000000002', 3), counterpart: 'Bank', party_id: null, crossing: 'Payments' }),
    // 0002 has the approver_name snapshot: an approval records the name the approver had at the time.
    row('scope_statements', { ...stamps('cdcdcdcd-0000-4000-8000-000000000001', 3), version: 1, text: 'Approved scope', status: 'approved', approver_id: 'bbbbbbbb-0000-4000-8000-000000000001', approver_name: 'Pat Seed', approved_on: '2026-03-01' }),
    row('scope_statements', { ...stamps('cdcdcdcd-0000-4000-8000-000000000002', 3), version: 2, text: 'Draft scope', status: 'draft', approver_id: null, approver_name: null, approved_on: null }),
    row('isms_processes', { ...stamps('efefefef-0000-4000-8000-000000000001', 3), name: 'Seeded process A', description: 'd', owner_id: 'bbbbbbbb-0000-4000-8000-000000000001', inputs: 'i', outputs: 'o', clause_ref: '8.1', position: 100 }),
    row('isms_processes', { ...stamps('efefefef-0000-4000-8000-000000000002', 3), name: 'Seeded process B', owner_id: null, position: 101 }),
    row('isms_process_links', { ...stamps('fefefefe-0000-4000-8000-000000000001', 3), from_id: 'efefefef-0000-4000-8000-000000000001', to_id: 'efefefef-0000-4000-8000-000000000002' }),
  ],
  // 0003: leadership (5.1), policies (5.2), roles (5.3) and attachments.
  4: [
    row('attachments', { ...stamps('9d9d9d9d-0000-4000-8000-000000000001', 4), name: 'minutes.pdf', mime: 'application/pdf', size: 3, sha256: 'ab'.repeat(32), data: Buffer.from([1, 2, 3]) }),
    row('policies', { ...stamps('9d9d9d9d-0000-4000-8000-000000000002', 4), title: 'Information security policy', kind: 'information-security', template_key: 'information-security', owner_id: 'bbbbbbbb-0000-4000-8000-000000000001', review_months: 12, review_date: '2027-03-01' }),
    row('policy_versions', {
      ...stamps('9d9d9d9d-0000-4000-8000-000000000003', 4),
      policy_id: '9d9d9d9d-0000-4000-8000-000000000002',
      major: 1,
      minor: 0,
      status: 'published',
      content: '{"type":"doc","content":[]}',
      change_note: '',
      author_id: 'bbbbbbbb-0000-4000-8000-000000000001',
      approver_id: 'bbbbbbbb-0000-4000-8000-000000000002',
      author_name: 'Pat Seed',
      approver_name: 'Sam Seed',
      approved_on: '2026-03-01',
      published_on: '2026-03-01',
      superseded_on: null,
      content_sha256: 'cd'.repeat(32),
    }),
    row('policy_distribution', { ...stamps('9d9d9d9d-0000-4000-8000-000000000004', 4), policy_id: '9d9d9d9d-0000-4000-8000-000000000002', person_id: null, unit_id: 'aaaaaaaa-0000-4000-8000-000000000001' }),
    row('policy_acknowledgements', { ...stamps('9d9d9d9d-0000-4000-8000-000000000005', 4), version_id: '9d9d9d9d-0000-4000-8000-000000000003', person_id: 'bbbbbbbb-0000-4000-8000-000000000001', person_name: 'Pat Seed', acknowledged_on: '2026-03-02', note: '' }),
    row('roles', { ...stamps('9d9d9d9d-0000-4000-8000-000000000006', 4), key: 'our-own-role', name: 'Our own role', description: 'd', responsibilities: 'r', authorities: 'a', sort_order: 1 }),
    row('role_assignments', { ...stamps('9d9d9d9d-0000-4000-8000-000000000007', 4), role_id: '9d9d9d9d-0000-4000-8000-000000000006', person_id: 'bbbbbbbb-0000-4000-8000-000000000002', accepted_on: '2026-03-03', note: '' }),
    row('raci_activities', { ...stamps('9d9d9d9d-0000-4000-8000-000000000008', 4), key: null, name: 'Run the ISMS', description: '', sort_order: 1 }),
    row('raci_entries', { ...stamps('9d9d9d9d-0000-4000-8000-000000000009', 4), activity_id: '9d9d9d9d-0000-4000-8000-000000000008', role_id: '9d9d9d9d-0000-4000-8000-000000000006', value: 'A' }),
    row('leadership_commitments', { ...stamps('9d9d9d9d-0000-4000-8000-00000000000a', 4), key: 'our-own-commitment', title: 'Our own commitment', description: '', status: 'done', owner_id: null, sort_order: 3 }),
    // As an app of schema 4 to 6 wrote them: the 5.1 and 5.3 content it seeded on first read left its mark in the change log.
    row('change_log', { at: S(4), actor: 'seed', table_name: 'roles', row_id: '9d9d9d9d-0000-4000-8000-000000000006', op: 'insert' }),
    row('change_log', { at: S(4), actor: 'seed', table_name: 'leadership_commitments', row_id: '9d9d9d9d-0000-4000-8000-00000000000a', op: 'insert' }),
    row('leadership_evidence', { ...stamps('9d9d9d9d-0000-4000-8000-00000000000b', 4), commitment_id: '9d9d9d9d-0000-4000-8000-00000000000a', description: 'Budget minutes', evidence_date: '2026-02-01', attachment_id: '9d9d9d9d-0000-4000-8000-000000000001' }),
  ],
  // 0004: a 4.2 requirement can point to the policy that addresses it.
  5: [
    row('party_requirements', {
      ...stamps('eeeeeeee-0000-4000-8000-000000000003', 5),
      party_id: 'dddddddd-0000-4000-8000-000000000001',
      text: 'Have an information security policy',
      type: 'regulatory',
      decision: 'addressed',
      how: 'Published and acknowledged',
      policy_id: '9d9d9d9d-0000-4000-8000-000000000002',
    }),
  ],
  // 0005: human-readable ids on register rows and their counters.
  6: [
    row('ref_counters', { prefix: 'UNIT', last: 7 }),
    row('org_units', { ...stamps('aaaaaaaa-0000-4000-8000-000000000006', 6), name: 'Unit with an id', description: '', parent_id: null, ref: 'UNIT-007' }),
  ],
  // 0006: risk method, assets, catalogues, risks with links, treatment, decisions, runs; controls and the SoA.
  7: [
    row('controls', { ...stamps('7a7a7a7a-0000-4000-8000-000000000001', 7), code: 'CUS-001', title: 'Own control', theme: 'custom', custom: 1, position: 1001, applicable: 1, reasons: '["business"]', justification: 'j', exclusion_reason: '', status: 'planned', owner_id: null }),
    row('control_requirements', { ...stamps('7a7a7a7a-0000-4000-8000-000000000002', 7), control_id: '7a7a7a7a-0000-4000-8000-000000000001', requirement_id: 'eeeeeeee-0000-4000-8000-000000000001' }),
    row('assets', { ...stamps('7a7a7a7a-0000-4000-8000-000000000003', 7), ref: 'AST-001', name: 'Payroll data', kind: 'information', type: 'information', confidentiality: 3, integrity: 2, availability: 1, owner_id: 'bbbbbbbb-0000-4000-8000-000000000001' }),
    row('threats', { ...stamps('7a7a7a7a-0000-4000-8000-000000000004', 7), category: 'natural-events', name: 'Own threat', affects_a: 1 }),
    row('vulnerabilities', { ...stamps('7a7a7a7a-0000-4000-8000-000000000005', 7), asset_type: 'site', name: 'Own weakness' }),
    row('risks', {
      ...stamps('7a7a7a7a-0000-4000-8000-000000000006', 7),
      ref: 'RSK-001',
      title: 'Seeded risk',
      basis: 'asset',
      asset_id: '7a7a7a7a-0000-4000-8000-000000000003',
      threat_id: '7a7a7a7a-0000-4000-8000-000000000004',
      vulnerability_id: '7a7a7a7a-0000-4000-8000-000000000005',
      affects_c: 1,
      owner_id: 'bbbbbbbb-0000-4000-8000-000000000002',
      likelihood: 3,
      impact: 4,
      inherent_score: 12,
      inherent_rank: 3,
      treatment: 'modify',
      residual_likelihood: 1,
      residual_impact: 2,
      residual_score: 2,
      residual_rank: 1,
    }),
    row('risk_issues', { ...stamps('7a7a7a7a-0000-4000-8000-000000000007', 7), risk_id: '7a7a7a7a-0000-4000-8000-000000000006', issue_id: 'cccccccc-0000-4000-8000-000000000001' }),
    row('risk_requirements', { ...stamps('7a7a7a7a-0000-4000-8000-000000000008', 7), risk_id: '7a7a7a7a-0000-4000-8000-000000000006', requirement_id: 'eeeeeeee-0000-4000-8000-000000000002' }),
    row('risk_controls', { ...stamps('7a7a7a7a-0000-4000-8000-000000000009', 7), risk_id: '7a7a7a7a-0000-4000-8000-000000000006', control_id: '7a7a7a7a-0000-4000-8000-000000000001' }),
    row('treatment_actions', { ...stamps('7a7a7a7a-0000-4000-8000-00000000000a', 7), risk_id: '7a7a7a7a-0000-4000-8000-000000000006', title: 'Do it', due_date: '2027-01-01', status: 'planned', cost: 10.5, ref: 'RTP-001', control_id: '7a7a7a7a-0000-4000-8000-000000000001' }),
    row('risk_decisions', { ...stamps('7a7a7a7a-0000-4000-8000-00000000000b', 7), risk_id: '7a7a7a7a-0000-4000-8000-000000000006', kind: 'plan-approval', decided_by_id: 'bbbbbbbb-0000-4000-8000-000000000001', decided_by_name: 'Pat Seed', decided_at: S(7), decision: 'approved', snapshot: '{}', fingerprint: 'x' }),
    row('assessment_runs', { ...stamps('7a7a7a7a-0000-4000-8000-00000000000c', 7), ref: 'RUN-001', name: 'First', run_date: '2026-06-01', items: '[]' }),
  ],
  // 0007: trail entries carry the values before and after and are hash-chained.
  8: [
    (db: Sqlite) =>
      db
        .prepare("insert into change_log (at, actor, table_name, row_id, op, before, after, prev_hash, hash) values (?, 'seed', 'people', ?, 'update', '{}', '{}', 'genesis', ?)")
        .run(S(8), 'bbbbbbbb-0000-4000-8000-000000000002', 'ef'.repeat(32)),
  ],
  // 0008: document control (issue #8): a controlled document, its first approval, the workspace's branding.
  9: [
    row('controlled_documents', { ...stamps('f0f0f0f0-0000-4000-8000-000000000001', 9), key: 'context-register', doc_id: 'ISMS-4.1', title: 'Internal and external issues', owner_id: 'bbbbbbbb-0000-4000-8000-000000000001', owner_name: 'Pat Seed', review_months: 12, classification: null }),
    row('document_approvals', {
      ...stamps('f1f1f1f1-0000-4000-8000-000000000001', 9),
      document_id: 'f0f0f0f0-0000-4000-8000-000000000001',
      major: 1,
      minor: 0,
      approver_id: 'bbbbbbbb-0000-4000-8000-000000000001',
      approver_name: 'Pat Seed',
      approved_on: '2026-06-01',
      change_note: 'First approved version.',
      reason: '',
      snapshot: '{"issues":[]}',
      snapshot_sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    }),
    row('document_settings', { ...stamps('f2f2f2f2-0000-4000-8000-000000000001', 9), classification: 'Confidential', accent_colour: '7F1D1D', footer_text: 'Seed footer', paper_size: 'Letter', language: 'en-GB', logo: null, logo_mime: null }),
  ],
  // 0009: clause 10 (issue 15): a nonconformity with its history, an action, a review, a link to a risk, an improvement.
  10: [
    row('nonconformities', {
      ...stamps('a1a1a1a1-0000-4000-8000-000000000001', 10),
      ref: 'NC-001',
      title: 'Seeded nonconformity',
      source: 'internal-audit',
      source_reference: 'IA-1',
      clause_id: '8.1',
      severity: 'major',
      raised_on: '2026-09-01',
      owner_id: 'bbbbbbbb-0000-4000-8000-000000000001',
      whys: '["w1"]',
      fishbone: '[{"category":"people","cause":"c"}]',
      root_cause: 'rc',
      status: 'cause-analysed',
    }),
    row('nc_transitions', { ...stamps('a2a2a2a2-0000-4000-8000-000000000001', 10), nc_id: 'a1a1a1a1-0000-4000-8000-000000000001', from_status: 'open', to_status: 'correction-done', action: 'record-correction', on_date: '2026-09-02' }),
    row('corrective_actions', { ...stamps('a3a3a3a3-0000-4000-8000-000000000001', 10), ref: 'CA-001', nc_id: 'a1a1a1a1-0000-4000-8000-000000000001', title: 'Seeded action', owner_id: 'bbbbbbbb-0000-4000-8000-000000000001', due_date: '2026-10-01' }),
    row('effectiveness_reviews', { ...stamps('a4a4a4a4-0000-4000-8000-000000000001', 10), nc_id: 'a1a1a1a1-0000-4000-8000-000000000001', planned_on: '2026-10-15', reviewer_id: 'bbbbbbbb-0000-4000-8000-000000000002', reviewer_name: 'Sam Seed', criteria: 'works' }),
    row('improvement_links', { ...stamps('a5a5a5a5-0000-4000-8000-000000000001', 10), nc_id: 'a1a1a1a1-0000-4000-8000-000000000001', action_id: 'a3a3a3a3-0000-4000-8000-000000000001', kind: 'risk', risk_id: '7a7a7a7a-0000-4000-8000-000000000006' }),
    row('improvements', { ...stamps('a6a6a6a6-0000-4000-8000-000000000001', 10), ref: 'IMP-001', title: 'Seeded improvement', source: 'suggestion', nc_id: 'a1a1a1a1-0000-4000-8000-000000000001' }),
  ],
  // 0010: indexes on risks and risk_decisions only (issue 11, item 9); the risk rows seeded at 7 are indexed by the upgrade.
  11: [],
  // 0011: 9.1 metrics (issue 13): a metric with a value and its correction (append-only, supersedes).
  12: [
    row('metrics', {
      ...stamps('a9a9a9a9-0000-4000-8000-000000000001', 12),
      ref: 'MET-001',
      title: 'Staff trained',
      base_measures: '[{"key":"done","label":"Trained"},{"key":"staff","label":"Staff"}]',
      formula: 'done / staff * 100',
      green_at: 90,
      red_at: 70,
      collect_from: '2026-09-01',
      owner_id: 'bbbbbbbb-0000-4000-8000-000000000001',
    }),
    row('metric_measurements', { ...stamps('a9a9a9a9-0000-4000-8000-000000000002', 12), metric_id: 'a9a9a9a9-0000-4000-8000-000000000001', period: '2026-09', base_values: '{"done":1,"staff":2}', value: 50, recorded_at: S(12), supersedes_id: null }),
    row('metric_measurements', { ...stamps('a9a9a9a9-0000-4000-8000-000000000003', 12), metric_id: 'a9a9a9a9-0000-4000-8000-000000000001', period: '2026-09', base_values: '{"done":2,"staff":2}', value: 100, recorded_at: S(12), supersedes_id: 'a9a9a9a9-0000-4000-8000-000000000002' }),
  ],
  // 0012: 6.2, 6.3 and 7.1 (issue 12): an objective linked to the policy and a risk, with progress; a decided change; a resource line.
  13: [
    row('objectives', {
      ...stamps('b1b1b1b1-0000-4000-8000-000000000001', 13),
      ref: 'OBJ-001',
      title: 'Seeded objective',
      policy_id: '9d9d9d9d-0000-4000-8000-000000000002',
      owner_id: 'bbbbbbbb-0000-4000-8000-000000000001',
      due_date: '2027-06-30',
      target_value: 95,
      target_unit: '%',
      status: 'on-track',
      progress: 40,
    }),
    row('objective_links', { ...stamps('b2b2b2b2-0000-4000-8000-000000000001', 13), objective_id: 'b1b1b1b1-0000-4000-8000-000000000001', kind: 'risk', risk_id: '7a7a7a7a-0000-4000-8000-000000000006' }),
    row('objective_progress', { ...stamps('b3b3b3b3-0000-4000-8000-000000000001', 13), objective_id: 'b1b1b1b1-0000-4000-8000-000000000001', recorded_on: '2026-11-01', status: 'on-track', progress: 40, current_value: 81 }),
    row('isms_changes', { ...stamps('b4b4b4b4-0000-4000-8000-000000000001', 13), ref: 'CHG-001', title: 'Seeded change', rationale: 'why', impact: 'what', decision: 'approved', approver_id: 'bbbbbbbb-0000-4000-8000-000000000001', approver_name: 'Sam Seed', decided_on: '2026-11-02' }),
    row('resource_lines', { ...stamps('b5b5b5b5-0000-4000-8000-000000000001', 13), ref: 'RES-001', title: 'Seeded budget', amount: 1000, unit: 'EUR', objective_id: 'b1b1b1b1-0000-4000-8000-000000000001', treatment_action_id: '7a7a7a7a-0000-4000-8000-00000000000a' }),
  ],
  // 0013: 7.5 documented information (issue 12): an entry of external origin providing a checklist item; retention on a controlled document.
  14: [
    row('document_entries', { ...stamps('b6b6b6b6-0000-4000-8000-000000000001', 14), ref: 'DOC-001', title: 'Seeded law', origin: 'external', type: 'law', location: 'legislation.gov.uk', satisfies: 'operations', review_on: '2027-01-31' }),
  ],
  // 0014: 6.1.1 opportunities cite the 4.1 issues and 4.2 requirements they come from (issue 11).
  15: [
    row('improvements', { ...stamps('a6a6a6a6-0000-4000-8000-000000000002', 15), ref: 'IMP-002', title: 'Seeded 6.1.1 opportunity', source: 'planning', benefit: 4, effort: 2, status: 'evaluated' }),
    row('improvement_issues', { ...stamps('a7a7a7a7-0000-4000-8000-000000000001', 15), improvement_id: 'a6a6a6a6-0000-4000-8000-000000000002', issue_id: 'cccccccc-0000-4000-8000-000000000001' }),
    row('improvement_requirements', { ...stamps('a7a7a7a7-0000-4000-8000-000000000002', 15), improvement_id: 'a6a6a6a6-0000-4000-8000-000000000002', requirement_id: 'eeeeeeee-0000-4000-8000-000000000001' }),
  ],
  // 0015: 7.2 competence and 7.3 awareness (issue 12): a skill required by a role, a level, an audit with evidence, a plan, training; a campaign with its audience and attendance.
  [SKILL_SCHEMA]: [
    row('skills', { ...stamps('c1c1c1c1-0000-4000-8000-000000000001', SKILL_SCHEMA), ref: 'SKL-100', name: 'Seeded skill' }),
    row('role_skills', { ...stamps('c1c1c1c1-0000-4000-8000-000000000002', SKILL_SCHEMA), role_id: '9d9d9d9d-0000-4000-8000-000000000006', skill_id: 'c1c1c1c1-0000-4000-8000-000000000001', required_level: 3 }),
    row('person_skills', { ...stamps('c1c1c1c1-0000-4000-8000-000000000003', SKILL_SCHEMA), person_id: 'bbbbbbbb-0000-4000-8000-000000000001', skill_id: 'c1c1c1c1-0000-4000-8000-000000000001', level: 2, assessed_on: '2026-10-01', source: 'manager' }),
    row('skill_audits', { ...stamps('c1c1c1c1-0000-4000-8000-000000000004', SKILL_SCHEMA), ref: 'CMP-001', kind: 'pre-appointment', person_id: 'bbbbbbbb-0000-4000-8000-000000000001', role_id: '9d9d9d9d-0000-4000-8000-000000000006', audited_on: '2026-10-02', assessor_id: 'bbbbbbbb-0000-4000-8000-000000000002', assessor_name: 'Sam Seed', result: 'gaps', gaps: '[]', follow_up_on: '2027-01-01' }),
    row('competence_evidence', { ...stamps('c1c1c1c1-0000-4000-8000-000000000005', SKILL_SCHEMA), audit_id: 'c1c1c1c1-0000-4000-8000-000000000004', attachment_id: '9d9d9d9d-0000-4000-8000-000000000001' }),
    row('training_plans', { ...stamps('c1c1c1c1-0000-4000-8000-000000000006', SKILL_SCHEMA), ref: 'TRP-001', person_id: 'bbbbbbbb-0000-4000-8000-000000000001', skill_id: 'c1c1c1c1-0000-4000-8000-000000000001', target_level: 3, due_date: '2026-12-31' }),
    row('training_records', { ...stamps('c1c1c1c1-0000-4000-8000-000000000007', SKILL_SCHEMA), ref: 'TRN-001', person_id: 'bbbbbbbb-0000-4000-8000-000000000001', title: 'Course', completed_on: '2026-10-20', skill_id: 'c1c1c1c1-0000-4000-8000-000000000001', level_reached: 3, plan_id: 'c1c1c1c1-0000-4000-8000-000000000006' }),
    row('awareness_campaigns', { ...stamps('c2c2c2c2-0000-4000-8000-000000000001', SKILL_SCHEMA), ref: 'AWR-001', topic: 'Phishing', held_on: '2026-10-05', audience: 'chosen', effectiveness: 4 }),
    row('awareness_audience', { ...stamps('c2c2c2c2-0000-4000-8000-000000000002', SKILL_SCHEMA), campaign_id: 'c2c2c2c2-0000-4000-8000-000000000001', role_id: '9d9d9d9d-0000-4000-8000-000000000006' }),
    row('awareness_attendance', { ...stamps('c2c2c2c2-0000-4000-8000-000000000003', SKILL_SCHEMA), campaign_id: 'c2c2c2c2-0000-4000-8000-000000000001', person_id: 'bbbbbbbb-0000-4000-8000-000000000002', quiz_score: 80 }),
  ],
  // 0016: 9.2 internal audit (issue 14): a programme, an audit of clause 8 and one control, a team member, an item with evidence and its finding raised as the nonconformity seeded at 10.
  [AUDIT_SCHEMA]: [
    row('audit_programmes', { ...stamps('abababab-0000-4000-8000-000000000001', AUDIT_SCHEMA), ref: 'APR-001', title: 'Audit programme 2026-2028', start_year: 2026, end_year: 2028, methods: '["on-site"]' }),
    row('audits', { ...stamps('abababab-0000-4000-8000-000000000002', AUDIT_SCHEMA), ref: 'AUD-001', programme_id: 'abababab-0000-4000-8000-000000000001', title: 'Operations audit', scope_clauses: '["8"]', start_date: '2026-09-01', end_date: '2026-09-02', status: 'in-progress' }),
    row('audit_scope_controls', { ...stamps('abababab-0000-4000-8000-000000000003', AUDIT_SCHEMA), audit_id: 'abababab-0000-4000-8000-000000000002', control_id: '7a7a7a7a-0000-4000-8000-000000000001' }),
    row('audit_team', { ...stamps('abababab-0000-4000-8000-000000000004', AUDIT_SCHEMA), audit_id: 'abababab-0000-4000-8000-000000000002', person_id: 'bbbbbbbb-0000-4000-8000-000000000002', role: 'lead-auditor' }),
    row('audit_items', { ...stamps('abababab-0000-4000-8000-000000000005', AUDIT_SCHEMA), audit_id: 'abababab-0000-4000-8000-000000000002', position: 1, kind: 'clause', requirement_id: '8.1', title: 'Operations are planned', verdict: 'minor', notes: 'Seen', recorded_at: S(16), recorded_by: 'seed' }),
    row('audit_evidence', { ...stamps('abababab-0000-4000-8000-000000000006', AUDIT_SCHEMA), item_id: 'abababab-0000-4000-8000-000000000005', attachment_id: '9d9d9d9d-0000-4000-8000-000000000001', effective_on: '2026-08-31' }),
    row('audit_findings', { ...stamps('abababab-0000-4000-8000-000000000007', AUDIT_SCHEMA), ref: 'FND-001', audit_id: 'abababab-0000-4000-8000-000000000002', item_id: 'abababab-0000-4000-8000-000000000005', verdict: 'minor', title: 'Operations are planned', raised_on: '2026-09-02', nc_id: 'a1a1a1a1-0000-4000-8000-000000000001' }),
  ],
  // 0017: 7.4 and 8.1 (issue 12): a supplier linked to a party and an interface, with a certificate; a plan row with a log entry and its file.
  [SUPPLIER_SCHEMA]: [
    row('suppliers', {
      ...stamps('c1c1c1c1-0000-4000-8000-000000000001', SUPPLIER_SCHEMA),
      ref: 'SUP-001',
      name: 'Seeded supplier',
      criticality: 'critical',
      security_clauses_in_contract: 1,
      last_assessed_on: '2026-06-01',
      assessment_result: 'satisfactory',
      owner_id: 'bbbbbbbb-0000-4000-8000-000000000001',
      party_id: 'dddddddd-0000-4000-8000-000000000002',
    }),
    row('supplier_certificates', { ...stamps('c2c2c2c2-0000-4000-8000-000000000001', SUPPLIER_SCHEMA), supplier_id: 'c1c1c1c1-0000-4000-8000-000000000001', name: 'ISO/IEC 27001', valid_until: '2027-01-10' }),
    row('supplier_interfaces', { ...stamps('c3c3c3c3-0000-4000-8000-000000000001', SUPPLIER_SCHEMA), supplier_id: 'c1c1c1c1-0000-4000-8000-000000000001', interface_id: 'abababab-0000-4000-8000-000000000001' }),
    row('communications', { ...stamps('c4c4c4c4-0000-4000-8000-000000000001', SUPPLIER_SCHEMA), ref: 'COM-001', topic: 'Seeded topic', audience: 'All staff', frequency: 'quarterly', channel: 'Intranet', responsible_id: 'bbbbbbbb-0000-4000-8000-000000000001' }),
    row('communication_log', { ...stamps('c5c5c5c5-0000-4000-8000-000000000001', SUPPLIER_SCHEMA), communicated_on: '2026-10-01', plan_id: 'c4c4c4c4-0000-4000-8000-000000000001', topic: 'Seeded topic', audience: 'All staff', channel: 'Intranet', attachment_id: '9d9d9d9d-0000-4000-8000-000000000001' }),
  ],
  // Written straight into the tables: the triggers index the risk and count its link and action.
  [RISK_SEARCH_SCHEMA]: [
    row('risks', {
      ...stamps('d1d1d1d1-0000-4000-8000-000000000001', RISK_SEARCH_SCHEMA),
      ref: 'RSK-002',
      title: 'Flooded Düsseldorf archive',
      basis: 'event',
      event: 'River flood',
      affects_a: 1,
      likelihood: 2,
      impact: 2,
      inherent_score: 4,
      inherent_rank: 1,
      treatment: 'share',
    }),
    row('risk_controls', { ...stamps('d1d1d1d1-0000-4000-8000-000000000002', RISK_SEARCH_SCHEMA), risk_id: 'd1d1d1d1-0000-4000-8000-000000000001', control_id: '7a7a7a7a-0000-4000-8000-000000000001' }),
  ],
  // 0019: 9.3 (issue 14): a signed-off review with its frozen inputs, an attendee, a change linked to 6.3 and an open action.
  [REVIEW_SCHEMA]: [
    row('management_reviews', {
      ...stamps('e1e1e1e1-0000-4000-8000-000000000001', REVIEW_SCHEMA),
      ref: 'MRV-001',
      title: 'Seeded review',
      meeting_date: '2026-11-15',
      window_from: '2026-01-01',
      window_to: '2026-11-15',
      chair_id: 'bbbbbbbb-0000-4000-8000-000000000001',
      input_notes: '{"a":"None open"}',
      status: 'signed-off',
      signed_by_id: 'bbbbbbbb-0000-4000-8000-000000000001',
      signed_by_name: 'Pat Seed',
      signed_on: '2026-11-16',
      snapshot: '{"inputs":[]}',
    }),
    row('management_review_attendees', { ...stamps('e1e1e1e1-0000-4000-8000-000000000002', REVIEW_SCHEMA), review_id: 'e1e1e1e1-0000-4000-8000-000000000001', person_id: 'bbbbbbbb-0000-4000-8000-000000000002', name: 'Sam Seed' }),
    row('management_review_outputs', { ...stamps('e1e1e1e1-0000-4000-8000-000000000003', REVIEW_SCHEMA), review_id: 'e1e1e1e1-0000-4000-8000-000000000001', kind: 'change', text: 'Seeded change', change_id: 'b4b4b4b4-0000-4000-8000-000000000001' }),
    row('management_review_actions', { ...stamps('e1e1e1e1-0000-4000-8000-000000000004', REVIEW_SCHEMA), ref: 'MRA-001', review_id: 'e1e1e1e1-0000-4000-8000-000000000001', title: 'Seeded action', owner_id: 'bbbbbbbb-0000-4000-8000-000000000002', due_date: '2027-01-31' }),
  ],
};

/** 7.2 starter skills: seeded at creation from the schema that has the skills table, else on the upgrading open. */
const SKILL_SEED_LOG = SKILL_SEEDS.map(() => ({ table_name: 'skills', op: 'insert' }));

/** The 9.1 metric library: seeded at creation from schema 11, else on the upgrading open. */
const METRIC_SEED_LOG = METRIC_LIBRARY.map(() => ({ table_name: 'metric_library', op: 'insert' }));
const METRIC_SCHEMA = 12; // metrics arrive with migration 0011

/** Shipped 6.1 content seeded once (at creation from schema 7, else on the upgrading open). */
const RISK_SEEDS = ['annex-a-2022-v1', 'risk-catalogues-v1', 'risk-method-v1'];
const RISK_SEED_LOG = [
  ...Array(ANNEX_A.length).fill({ table_name: 'controls', op: 'insert' }),
  ...Array(THREAT_SEEDS.length).fill({ table_name: 'threats', op: 'insert' }),
  ...Array(VULNERABILITY_SEEDS.length).fill({ table_name: 'vulnerabilities', op: 'insert' }),
  { table_name: 'risk_method', op: 'insert' },
];
const RISK_SCHEMA = 7;
/** Shipped 5.1 and 5.3 content: seeded once at creation (issue 7) or on the open that upgrades a file that never had it. */
const CLAUSE5_SEED_LOG = [
  ...ROLE_SEEDS.map(() => ({ table_name: 'roles', op: 'insert' })),
  ...ACTIVITY_SEEDS.flatMap((a) => [{ table_name: 'raci_activities', op: 'insert' }, ...Object.keys(a.raci).map(() => ({ table_name: 'raci_entries', op: 'insert' }))]),
  ...COMMITMENT_SEEDS.map(() => ({ table_name: 'leadership_commitments', op: 'insert' })),
];

const SEEDED_PROCESSES = ISMS_PROCESS_SEEDS.length;
const SEEDED_LINKS = ISMS_PROCESS_SEEDS.reduce((n, p) => n + p.feeds.length, 0);

/** Every user table's rows, by table, ordered by primary key. */
function dump(db: Sqlite): Record<string, Record<string, unknown>[]> {
  // (FTS5's _idx and _config shadow tables have no rowid to order by; they hold index data only.)
  const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> '__drizzle_migrations' and sql not like '%without rowid' order by name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`select * from "${name}" order by rowid`).all() as Record<string, unknown>[]]));
}

/**
 * The same rows, reading only the columns they had before (later migrations may add columns).
 * change_log and catalog_seeds are read up to their last row before the upgrade: opening may append (catalog seeds).
 */
function project(db: Sqlite, before: ReturnType<typeof dump>) {
  const lastSeq = Math.max(0, ...(before.change_log ?? []).map((r) => r.seq as number));
  return Object.fromEntries(
    Object.entries(before).map(([table, rows]) => {
      const cols = rows[0] ? Object.keys(rows[0]) : ['rowid'];
      // change_log and catalog_seeds may grow on open (seeds of content the file predates).
      // ref_counters gains a row for a seeded register that numbers its rows (the 7.2 starter skills, SKL).
      const prefixes = rows.map((r) => `'${String(r.prefix)}'`).join(', ');
      const where = table === 'change_log' ? ` where seq <= ${lastSeq}` : table === 'catalog_seeds' ? ` where rowid <= ${rows.length}` : table === 'ref_counters' ? ` where prefix in (${prefixes})` : '';
      return [table, rows[0] ? db.prepare(`select ${cols.map((c) => `"${c}"`).join(', ')} from "${table}"${where} order by rowid`).all() : []];
    }),
  );
}

const schemaOf = (db: Sqlite) =>
  db.prepare("select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%' order by type, name").all();
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** user_version and application_id straight from the file header, without opening SQLite. */
const header = (path: string) => {
  const b = readFileSync(path).subarray(0, 100);
  return { userVersion: b.readUInt32BE(60), applicationId: b.readUInt32BE(68) };
};

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('isms-mig-')));
afterEach(() => cleanup());

describe('migrations', () => {
  it('the migration folder is readable and every known schema has seeds', () => {
    expect(COUNT).toBeGreaterThanOrEqual(2);
    expect(new Set(MIGRATION_LIST.map((m) => m.hash)).size).toBe(COUNT);
    // A new migration should come with rows for its tables here, so its upgrade path is exercised with data.
    expect(Object.keys(SEEDS).map(Number)).toEqual(Array.from({ length: COUNT }, (_v, i) => i + 1));
  });

  for (let n = 1; n <= COUNT; n++) {
    it(`a workspace at schema ${n} of ${COUNT} opens with its data intact and is upgraded`, () => {
      const path = join(dir, `v${n}.isms`);
      const ws = createAtSchema(path, n, meta);
      expect(ws.sqlite.pragma('user_version', { simple: true })).toBe(n);
      for (let v = 1; v <= n; v++) for (const seed of SEEDS[v] ?? []) seed(ws.sqlite);
      const before = dump(ws.sqlite);
      const schemaBefore = schemaOf(ws.sqlite);
      ws.close();
      expect(existsSync(`${path}-wal`)).toBe(false);

      const opened = openWorkspace(path, testEnv());
      try {
        const db = opened.sqlite;
        expect(db.pragma('user_version', { simple: true })).toBe(COUNT);
        expect(project(db, before)).toEqual(before);
        expect(db.pragma('foreign_key_check')).toEqual([]);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
        expect((db.prepare('select hash from __drizzle_migrations order by id').all() as { hash: string }[]).map((r) => r.hash)).toEqual(MIGRATION_LIST.map((m) => m.hash));
        expect(workspaceInfo(opened)).toMatchObject({ organisation: 'Upgrade Co', schemaVersion: COUNT, appSchemaVersion: COUNT });

        // The 4.4 processes are seeded exactly once: on this open when the file predates them, at creation otherwise.
        const count = (table: string) => (db.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
        // (n >= 3: plus the two processes, one link and two parties of the schema-3 rows above)
        expect(count('isms_processes')).toBe(SEEDED_PROCESSES + (n >= 3 ? 2 : 0));
        expect(count('isms_process_links')).toBe(SEEDED_LINKS + (n >= 3 ? 1 : 0));
        expect(count('parties')).toBe(n >= 3 ? 2 : 0);
        // The 5.1 checklist and 5.3 roles and RACI: seeded on this open when the file never had them
        // (schema < 4) and at creation by this app (schema COUNT); a file whose app seeded them on first
        // read (schema 4 to COUNT - 1, the change log says so) keeps exactly its own rows.
        const clause5Seeded = n < 4 || n === COUNT;
        expect(count('roles')).toBe((n >= 4 ? 1 : 0) + (clause5Seeded ? ROLE_SEEDS.length : 0));
        expect(count('raci_activities')).toBe((n >= 4 ? 1 : 0) + (clause5Seeded ? ACTIVITY_SEEDS.length : 0));
        expect(count('leadership_commitments')).toBe((n >= 4 ? 1 : 0) + (clause5Seeded ? COMMITMENT_SEEDS.length : 0));
        // Every seed once; the order is when each arrived (6.1 at creation from schema 7, 5.1/5.3 on this open).
        expect(db.prepare('select key from catalog_seeds order by key').all()).toEqual([...SEED_KEYS].sort().map((key) => ({ key })));
        expect(count('controls')).toBe(ANNEX_A.length + (n >= RISK_SCHEMA ? 1 : 0));
        const added = db.prepare('select table_name, op from change_log where seq > ? order by seq').all(Math.max(0, ...before.change_log.map((r) => r.seq as number))) as { table_name: string; op: string }[];
        expect(added).toEqual([
          ...(n < 3 ? [...Array(SEEDED_PROCESSES).fill({ table_name: 'isms_processes', op: 'insert' }), ...Array(SEEDED_LINKS).fill({ table_name: 'isms_process_links', op: 'insert' })] : []),
          ...(n < 4 ? CLAUSE5_SEED_LOG : []),
          ...(n < RISK_SCHEMA ? RISK_SEED_LOG : []),
          ...(n < METRIC_SCHEMA ? METRIC_SEED_LOG : []),
          ...(n < SKILL_SCHEMA ? SKILL_SEED_LOG : []),
        ]);

        // 0018's derived tables hold every risk, whichever schema wrote it: the search index answers
        // for rows that predate it (filled by the migration) and the link counts match the links.
        if (n >= RISK_SCHEMA) {
          const found = (text: string) => (db.prepare('select r.ref from risks_fts join risks as r on r.rowid = risks_fts.rowid where risks_fts match ? order by r.ref').all(`"${text}"`) as { ref: string }[]).map((r) => r.ref);
          expect(found('seeded RISK')).toEqual(['RSK-001']);
          expect(found('düsseldorf')).toEqual(n >= RISK_SEARCH_SCHEMA ? ['RSK-002'] : []);
          // FTS5's own check against the risks table: throws (SQLITE_CORRUPT_VTAB) when the index is out of step.
          expect(() => db.prepare("insert into risks_fts (risks_fts, rank) values ('integrity-check', 1)").run()).not.toThrow();
          expect(db.prepare('select risk_id, treatment, controls, actions from risk_coverage order by risk_id').all()).toEqual(
            db.prepare('select r.id as risk_id, r.treatment, (select count(*) from risk_controls where risk_id = r.id) as controls, (select count(*) from treatment_actions where risk_id = r.id) as actions from risks as r order by r.id').all(),
          );
          expect(count('risk_coverage')).toBe(n >= RISK_SEARCH_SCHEMA ? 2 : 1);
          expect(db.prepare('select kind, likelihood, impact, risks from risk_cells where risks <> 0 order by kind, likelihood, impact').all()).toEqual(
            n >= RISK_SEARCH_SCHEMA
              ? [{ kind: 'inherent', likelihood: 2, impact: 2, risks: 1 }, { kind: 'inherent', likelihood: 3, impact: 4, risks: 1 }, { kind: 'residual', likelihood: 0, impact: 0, risks: 1 }, { kind: 'residual', likelihood: 1, impact: 2, risks: 1 }]
              : [{ kind: 'inherent', likelihood: 3, impact: 4, risks: 1 }, { kind: 'residual', likelihood: 1, impact: 2, risks: 1 }],
          );
        }

        // The upgraded schema is exactly what a new workspace gets.
        const fresh = createWorkspace(join(dir, 'fresh.isms'), meta, testEnv());
        try {
          expect(schemaOf(db)).toEqual(schemaOf(fresh.sqlite));
        } finally {
          fresh.close();
        }
      } finally {
        opened.close();
      }

      const backup = `${path}.v${n}.bak`;
      if (n < COUNT) {
        expect(existsSync(backup)).toBe(true);
        // A logical copy (VACUUM INTO), so it also holds what was still in the WAL.
        const bak = new Database(backup, { readonly: true });
        try {
          expect(bak.pragma('user_version', { simple: true })).toBe(n);
          expect(bak.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
          expect(schemaOf(bak)).toEqual(schemaBefore);
          expect(dump(bak)).toEqual(before);
        } finally {
          bak.close();
        }
      } else {
        expect(existsSync(backup)).toBe(false); // nothing to upgrade, nothing to back up
      }
    });
  }

  it('opening an up-to-date workspace again changes nothing and makes no backup', () => {
    const path = join(dir, 'current.isms');
    createWorkspace(path, meta, testEnv()).close();
    const first = openWorkspace(path, testEnv());
    first.close();
    expect(header(path).userVersion).toBe(COUNT);
    expect(existsSync(`${path}.v${COUNT}.bak`)).toBe(false);
  });

  it('an upgrade that would leave broken links is refused, rolled back, and the file keeps its version', () => {
    const path = join(dir, 'broken.isms');
    const ws = createAtSchema(path, 1, meta);
    ws.sqlite.pragma('foreign_keys = OFF');
    row('people', { ...stamps('dddddddd-0000-4000-8000-000000000001', 1), name: 'Dangling', unit_id: 'eeeeeeee-0000-4000-8000-000000000001' })(ws.sqlite);
    ws.close();
    expect(() => openWorkspace(path, testEnv())).toThrowError(/break links/);
    expect(header(path).userVersion).toBe(1);
    expect(existsSync(`${path}.lock`)).toBe(false);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare("select name from sqlite_master where name = 'context_issues'").get()).toBeUndefined();
      expect(db.prepare('select name from people').all()).toEqual([{ name: 'Dangling' }]);
    } finally {
      db.close();
    }
  });

  // Regression guard (was a bug) (electron/core/db/open.ts, openWorkspaceFile: copyFileSync(path, `${path}.v${version}.bak`)):
  // the backup copies only the main file. After an unclean shutdown, committed data still in the
  // -wal file is missing from the backup (here the backup even has no tables and user_version 0,
  // though it is named .v1.bak). Checkpoint first or use sqlite.backup(). Remove `.fails` once fixed.
  it('the pre-upgrade backup includes data that was still in the WAL after a crash', () => {
    const live = join(dir, 'live.isms');
    const ws = createAtSchema(live, 1, meta);
    SEEDS[1].forEach((seed) => seed(ws.sqlite));
    // What a crash leaves on disk: the main file plus its -wal, not checkpointed.
    const crashed = join(dir, 'crashed.isms');
    copyFileSync(live, crashed);
    copyFileSync(`${live}-wal`, `${crashed}-wal`);
    ws.close();
    openWorkspace(crashed, testEnv()).close();
    const bak = new Database(`${crashed}.v1.bak`, { readonly: true });
    try {
      expect(bak.pragma('user_version', { simple: true })).toBe(1);
      expect(bak.prepare('select count(*) as n from people').get()).toEqual({ n: 2 });
    } finally {
      bak.close();
    }
  });
});

describe('the committed schema-1 fixture (test/fixtures/workspace-v1.isms)', () => {
  it('is a checkpointed schema-1 workspace file', () => {
    expect(header(FIXTURE)).toEqual({ userVersion: 1, applicationId: 0x49534d53 });
    for (const suffix of ['-wal', '-shm', '.lock']) expect(existsSync(`${FIXTURE}${suffix}`)).toBe(false);
  });

  it('opens with the current app: upgraded, data intact, usable, fixture untouched', async () => {
    const fixtureHash = sha(FIXTURE);
    const path = join(dir, 'client.isms');
    copyFileSync(FIXTURE, path);
    const client = testClient(testPlatform(dir));
    try {
      const { opened, info } = await client.call('workspace.open', { path });
      expect(opened).toBe(true);
      expect(info).toMatchObject({ organisation: 'Fixture Org', sector: 'Professional services', schemaVersion: COUNT, appSchemaVersion: COUNT });
      expect(existsSync(`${path}.v1.bak`)).toBe(COUNT > 1);
      const db = client.session.current!.sqlite;
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('user_version', { simple: true })).toBe(COUNT);

      const people = await client.call('people.list', {});
      expect(people.total).toBe(2);
      expect(people.items.map((p) => [p.name, p.email, p.jobTitle, p.unitName, p.createdBy])).toEqual([
        ['Felix Fixture', '', 'Consultant', null, 'fixture'],
        ['Fiona Fixture', 'fiona@fixture.example', 'CISO', 'Information Security', 'fixture'],
      ]);
      // Tables added after schema 1 work on the upgraded file.
      const fiona = people.items[1];
      const issue = await client.call('context.create', { title: 'After upgrade', kind: 'internal', category: 'systems', swot: 'weakness', ownerId: fiona.id });
      expect(issue.ownerName).toBe('Fiona Fixture');
      expect((await client.call('readiness.summary', {})).clauses[0].percent).toBe(20);
      // The file predates the 4.4 catalog: opening it seeded the processes, in catalog order.
      expect((await client.call('scope.processList', {})).map((p) => p.name)).toEqual(ISMS_PROCESS_SEEDS.map((p) => p.name));
    } finally {
      client.close();
    }
    expect(sha(FIXTURE)).toBe(fixtureHash);
    expect(header(path).userVersion).toBe(COUNT);
  });
});
