import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { fillSample } from '../utils/sampleWorkspace';
import { openHarness, type Harness } from '../core/helpers';

/**
 * The contract a script can trust (issue 7, item 8), through the real built CLI (bin/isms-workbench.mjs
 * runs out/cli, built from the sources by the test setup) against a real workspace file:
 * - every constraint the JSON Schema of `isms-workbench methods` states, and every rule a method
 *   documents, is refused with VALIDATION and a field path naming what was wrong;
 * - nothing refused is half-written, and no method marked `reads` adds to the change log.
 * Calls go in three `isms-workbench batch` processes (one per check), not one process per call.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/isms-workbench.mjs');
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

type JsonSchema = { type?: string | string[]; anyOf?: JsonSchema[]; enum?: unknown[]; const?: unknown; format?: string; minLength?: number; maxLength?: number; minimum?: number; maximum?: number; minItems?: number; maxItems?: number; properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema; $ref?: string };
interface MethodInfo {
  name: string;
  reads: boolean;
  needsWorkspace: boolean;
  rules: { path: string; text: string }[];
  input: JsonSchema;
}
interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string; details?: { fields?: { path: string }[] } };
}
interface Call {
  method: string;
  input: unknown;
  /** What the refusal must name: this field path, or one below it. */
  path: string;
  why: string;
}

function cli(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ISMS_DATA_DIR: join(h.dir, 'cli-data'), ISMS_USER: 'Contract Tester' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** One `isms-workbench batch` process for many calls; the envelopes in the same order. */
async function batch(calls: { method: string; input: unknown }[]): Promise<Envelope[]> {
  const r = await cli(['batch', '--workspace', workspace], calls.map((c) => JSON.stringify({ method: c.method, input: c.input })).join('\n'));
  expect(r.stderr).toBe(''); // the built CLI, not the sources through tsx
  const envelopes = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Envelope);
  expect(envelopes).toHaveLength(calls.length);
  return envelopes;
}

const changeLogSize = () => {
  const db = new Database(workspace, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from change_log').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

const typesOf = (s: JsonSchema): string[] => (s.anyOf ? s.anyOf.flatMap(typesOf) : s.type ? [s.type].flat() : []);
const branch = (s: JsonSchema, type: string): JsonSchema | undefined => (s.anyOf ? s.anyOf.find((b) => typesOf(b).includes(type)) : typesOf(s).includes(type) ? s : undefined);

/** Values that break what the schema of one property says, each with the reason. */
function violations(s: JsonSchema): { value: unknown; why: string }[] {
  const out: { value: unknown; why: string }[] = [];
  const types = typesOf(s);
  if (!types.length) return out; // any value is allowed (none in the contract today)
  // A value of a JSON type the property does not allow (integer and number count as one).
  const samples: [string, unknown][] = [['number', 12345], ['string', 'text'], ['boolean', true], ['object', { x: 1 }]];
  const allowed = (t: string) => types.includes(t) || (t === 'number' && types.includes('integer'));
  const wrong = samples.find(([t]) => !allowed(t));
  if (wrong) out.push({ value: wrong[1], why: `of type ${types.join('|')}` });
  const str = branch(s, 'string');
  if (str) {
    if (str.enum) out.push({ value: 'not-one-of-the-options', why: `one of ${str.enum.join(', ')}` });
    else if (str.const !== undefined) out.push({ value: `${String(str.const)}-not`, why: `exactly ${String(str.const)}` });
    else if (str.format === 'uuid') out.push({ value: 'not-a-uuid', why: 'a UUID' });
    else if (str.format === 'date') out.push({ value: '2026-13-45', why: 'a date (YYYY-MM-DD)' });
    else {
      if (str.maxLength !== undefined) out.push({ value: 'x'.repeat(str.maxLength + 1), why: `at most ${str.maxLength} characters` });
      if ((str.minLength ?? 0) > 0) out.push({ value: ' '.repeat(Math.max(0, str.minLength! - 1)), why: `at least ${str.minLength} characters` });
    }
  }
  const num = branch(s, 'integer') ?? branch(s, 'number');
  if (num) {
    if (num.minimum !== undefined && num.minimum > -Number.MAX_SAFE_INTEGER) out.push({ value: num.minimum - 1, why: `at least ${num.minimum}` });
    if (num.maximum !== undefined && num.maximum < Number.MAX_SAFE_INTEGER) out.push({ value: num.maximum + 1, why: `at most ${num.maximum}` });
    if (typesOf(num).includes('integer')) out.push({ value: 1.5, why: 'a whole number' });
  }
  const arr = branch(s, 'array');
  if (arr) {
    if ((arr.minItems ?? 0) > 0) out.push({ value: [], why: `at least ${arr.minItems} items` });
    if (arr.maxItems !== undefined && arr.maxItems <= 1000) out.push({ value: Array.from({ length: arr.maxItems + 1 }, () => null), why: `at most ${arr.maxItems} items` });
  }
  return out;
}

/** The schema-derived bad calls of one method: each property alone broken, and the required ones left out. */
function schemaCalls(m: MethodInfo): Call[] {
  const calls: Call[] = [];
  const walk = (schema: JsonSchema, prefix: string[], wrap: (v: unknown) => unknown) => {
    for (const [key, prop] of Object.entries(schema.properties ?? {})) {
      const path = [...prefix, key];
      for (const v of violations(prop)) calls.push({ method: m.name, input: wrap({ [key]: v.value }), path: path.join('.'), why: `${path.join('.')} must be ${v.why}` });
      // One level into nested objects (a file, an address): broken inside, the rest left out.
      const obj = branch(prop, 'object');
      if (obj?.properties && prefix.length === 0) walk(obj, path, (inner) => wrap({ [key]: inner }));
    }
  };
  walk(m.input, [], (v) => v);
  for (const key of m.input.required ?? []) calls.push({ method: m.name, input: {}, path: key, why: `${key} is required` });
  return calls;
}

let h: Harness;
let workspace: string;
let methods: MethodInfo[];
type Ids = Awaited<ReturnType<typeof setUp>>;
let ids: Ids;

/** A real client workspace, filled in-process (the same services), then closed for the CLI to open. */
async function setUp() {
  const call = h.client.call;
  const sample = await fillSample(call);
  const child = await call('people.unitCreate', { name: 'Service desk', parentId: sample.it.id });
  const issues = (await call('context.list', { limit: 100 })).items;
  const external = issues.find((i) => i.kind === 'external')!;
  const requirements = await call('parties.requirementList', {});
  const addressed = requirements.find((r) => r.decision === 'addressed')!;
  const undecided = requirements.find((r) => r.decision === 'undecided')!;
  const included = (await call('scope.boundaryList', {})).find((b) => b.included)!;
  const processes = await call('scope.processList', {});
  const leadership = await call('leadership.get', {});
  const noEvidence = leadership.commitments.find((c) => c.evidence.length === 0)!;
  const published = await call('policies.get', { id: sample.policy.id });
  const paragraph = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Backups are taken every night and tested every month.' }] }] };
  // A draft with a placeholder left (for submit), one in review (for approve), one approved and not published (for publish).
  const empty = await call('policies.create', { title: 'Unfinished topic policy', kind: 'topic' });
  await call('policies.saveDraft', { policyId: empty.id, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Owned by {{policy_owner}}.' }] }] } });
  const inReview = await call('policies.create', { title: 'Backup policy', kind: 'topic' });
  const reviewVersion = await call('policies.saveDraft', { policyId: inReview.id, content: paragraph });
  await call('policies.submit', { versionId: reviewVersion.id });
  const approved = await call('policies.create', { title: 'Remote working policy', kind: 'topic' });
  const approvedVersion = await call('policies.saveDraft', { policyId: approved.id, content: paragraph });
  await call('policies.submit', { versionId: approvedVersion.id });
  await call('policies.approve', { versionId: approvedVersion.id, approverId: sample.ceo.id });
  const roles = await call('roles.list', {});
  const assignment = roles.flatMap((r) => r.assignments)[0];
  const raci = await call('roles.getRaci', {});
  const activity = raci.activities[0];
  // A 4-level likelihood scale, so that a score of 5 breaks the method's rule rather than the schema's.
  await call('risk.methodUpdate', { likelihood: ['Rare', 'Unlikely', 'Likely', 'Almost certain'].map((label) => ({ label, description: '' })) });
  const asset = await call('risk.assetCreate', { name: 'Payroll database' });
  const threat = (await call('risk.threatList', {}))[0];
  const vuln = (await call('risk.vulnerabilityList', {}))[0];
  const risk = await call('risk.create', { title: 'Payroll data disclosed', assetId: asset.id, threatId: threat.id, vulnerabilityId: vuln.id, affectsC: true, likelihood: 3, impact: 4 });
  const run1 = await call('risk.runCreate', { name: 'Assessment 2026', runDate: '2026-11-01' });
  const run2 = await call('risk.runCreate', { name: 'Assessment after change', runDate: '2026-11-20', reason: 'change' });
  const attachment = leadership.commitments.flatMap((c) => c.evidence).find((e) => e.attachment)!.attachment!;
  const control = (await call('controls.list', { search: '' }))[0];
  const metric = (await call('metrics.list', { search: 'awareness' })).items[0]!;
  const objective = await call('objectives.create', { title: 'Patch critical systems within 14 days', policyId: sample.policy.id, riskIds: [risk.id], targetValue: 95, targetUnit: '%' });
  await call('objectives.progressRecord', { objectiveId: objective.id, status: 'on-track', progress: 20 });
  const change = await call('objectives.changeCreate', { title: 'Move e-mail to a cloud service', rationale: 'Old server out of support' });
  await call('competence.resourceCreate', { title: 'Patch tool licences', amount: 3000, unit: 'EUR', objectiveId: objective.id });
  const supplier = await call('suppliers.create', { name: 'Payroll bureau', criticality: 'high', certificates: [{ name: 'ISO/IEC 27001', validUntil: '2027-03-31' }] });
  const plan = await call('communication.planCreate', { topic: 'Phishing reminder', audience: 'All staff', frequency: 'quarterly', channel: 'E-mail' });
  const logEntry = await call('communication.logCreate', { communicatedOn: '2026-11-20', planId: plan.id, topic: 'Phishing reminder', audience: 'All staff', channel: 'E-mail' });
  const docEntry = await call('docinfo.entryCreate', { title: 'Data Protection Act 2018', origin: 'external', type: 'law', location: 'legislation.gov.uk' });
  // 7.2: a requirement on the ISMS manager role, an audit against it and a training record.
  const skill = (await call('competence.skillList', {}))[0]!;
  const needsSkill = roles.find((r) => r.key === 'isms-manager')!;
  await call('competence.requirementSet', { roleId: needsSkill.id, skillId: skill.id, requiredLevel: 3 });
  const skillAudit = await call('competence.auditCreate', { kind: 'pre-appointment', personId: sample.ops.id, roleId: needsSkill.id, auditedOn: '2026-11-02', assessorId: sample.ciso.id, levels: [{ skillId: skill.id, level: 1 }] });
  const training = await call('competence.trainingCreate', { personId: sample.ops.id, title: 'Risk assessment course', completedOn: '2026-11-10' });
  const campaign = await call('awareness.campaignCreate', { topic: 'Phishing refresher', heldOn: '2026-10-01' });
  // 9.2: a programme, an audit of clause 6 with a lead auditor and a risk owner on the team (justified), a finding on an item of its own, an excluded control.
  const programme = await call('audits.programmeCreate', { title: 'Audit programme 2026-2028', startYear: 2026, endYear: 2028 });
  const audit = await call('audits.create', { programmeId: programme.id, title: 'Planning audit', scopeClauses: ['6'], startDate: '2026-11-25', endDate: '2026-11-26' });
  const riskOwner = await call('people.create', { name: 'Rory Riskowner' });
  await call('risk.update', { id: risk.id, ownerId: riskOwner.id });
  const lead = await call('people.create', { name: 'Lena Lead' });
  const spare = await call('people.create', { name: 'Sid Spare' });
  const otherOwner = await call('people.create', { name: 'Olga Otherowner' });
  await call('risk.create', { title: 'Supplier outage', basis: 'event', event: 'The hosting supplier fails', affectsA: true, ownerId: otherOwner.id } as never);
  await call('audits.teamAdd', { auditId: audit.id, personId: lead.id, role: 'lead-auditor' });
  const member = await call('audits.teamAdd', { auditId: audit.id, personId: riskOwner.id, role: 'technical-expert', justification: 'Explains the risk method only.' });
  const ownItem = await call('audits.itemCreate', { auditId: audit.id, title: 'Visitor log' });
  await call('audits.itemRecord', { id: ownItem.id, verdict: 'major', notes: 'No visitor log kept' });
  const ownFinding = (await call('audits.findingList', { auditId: audit.id }))[0]!;
  const excluded = (await call('controls.list', { search: '7.12' })).find((c) => c.ref === '7.12')!;
  await call('controls.update', { id: excluded.id, applicable: false, exclusionReason: 'No cabling of our own' });
  // 9.3: drafts at each stage before sign-off (no chair; no notes; no output; chaired by someone without an approving role), and an action.
  const allNotes = { a: 'n', b: 'n', c: 'n', d1: 'n', d2: 'n', d3: 'n', d4: 'n', e: 'n', f: 'n', g: 'n' };
  const reviewNoChair = await call('reviews.create', { title: 'Review without a chair', meetingDate: '2026-11-20' });
  const reviewAction = await call('reviews.actionAdd', { reviewId: reviewNoChair.id, title: 'Follow up' });
  const reviewNoNotes = await call('reviews.create', { title: 'Review without notes', meetingDate: '2026-11-20', chairId: spare.id });
  const reviewNoOutput = await call('reviews.create', { title: 'Review without outputs', meetingDate: '2026-11-20', chairId: spare.id });
  await call('reviews.update', { id: reviewNoOutput.id, notes: allNotes });
  const reviewReady = await call('reviews.create', { title: 'Review ready to sign', meetingDate: '2026-11-20', chairId: spare.id });
  await call('reviews.update', { id: reviewReady.id, notes: allNotes });
  await call('reviews.outputAdd', { reviewId: reviewReady.id, kind: 'decision', text: 'Keep going' });
  return {
    reviewNoChair,
    reviewAction,
    reviewNoNotes,
    reviewNoOutput,
    reviewReady,
    campaign,
    skill,
    needsSkill,
    noNeeds: roles.find((r) => r.key === 'asset-owner')!,
    skillAudit,
    training,

    programme,
    audit,
    item: audit.items[0]!,
    riskOwner,
    spare,
    otherOwner,
    member,
    ownFinding,
    excluded,
    ...sample,
    child,
    external,
    addressed,
    undecided,
    included,
    process: processes[0],
    noEvidence,
    publishedVersion: published.current,
    emptyVersion: (await call('policies.get', { id: empty.id })).current,
    reviewVersion,
    approvedVersion,
    roles,
    assignment,
    activity,
    asset,
    risk,
    run1,
    run2,
    attachment,
    control,
    metric,
    objective,
    change,
    supplier,
    plan,
    logEntry,
    docEntry,
  };
}

/**
 * A call that breaks each rule a method documents (`rules` in `isms-workbench methods`), on the
 * workspace's real records. A rule added to the contract without a case here fails the test.
 */
const RULE_CASES: Record<string, (i: Ids) => unknown> = {
  'people.unitUpdate parentId': (i) => ({ id: i.it.id, parentId: i.child.id }),
  'context.create category': () => ({ title: 'Office culture', kind: 'external', category: 'culture', swot: 'threat' }),
  'context.create swot': () => ({ title: 'New data law', kind: 'external', category: 'legal', swot: 'strength' }),
  'context.update category': (i) => ({ id: i.external.id, category: 'culture' }),
  'context.update swot': (i) => ({ id: i.external.id, swot: 'weakness' }),
  'context.updateMany ownerId': (i) => ({ ids: [i.external.id] }),
  'parties.requirementCreate how': (i) => ({ partyId: i.customer.id, text: 'Encrypt backups.', type: 'contractual', decision: 'addressed', how: '' }),
  'parties.requirementCreate policyId': (i) => ({ partyId: i.customer.id, text: 'Encrypt backups.', type: 'contractual', decision: 'undecided', policyId: i.policy.id }),
  'parties.requirementUpdate how': (i) => ({ id: i.addressed.id, how: '' }),
  'parties.requirementUpdate policyId': (i) => ({ id: i.undecided.id, policyId: i.policy.id }),
  'scope.boundaryCreate justification': () => ({ kind: 'unit', name: 'Canteen', included: false, justification: '' }),
  'scope.boundaryUpdate justification': (i) => ({ id: i.included.id, included: false }),
  'scope.statementApprove approvedOn': (i) => ({ approverId: i.ceo.id, approvedOn: '2999-01-01' }),
  'scope.processUpdate feeds': (i) => ({ id: i.process.id, feeds: [i.process.id] }),
  'leadership.commitmentUpdate status': (i) => ({ id: i.noEvidence.id, status: 'done' }),
  'policies.create templateKey': () => ({ title: 'Access policy', kind: 'topic', templateKey: 'information-security' }),
  'policies.submit content': (i) => ({ versionId: i.emptyVersion.id }),
  'policies.approve approvedOn': (i) => ({ versionId: i.reviewVersion.id, approverId: i.ceo.id, approvedOn: '2999-01-01' }),
  'policies.publish publishedOn': (i) => ({ versionId: i.approvedVersion.id, publishedOn: '2020-01-01' }),
  'policies.getDiff toVersionId': (i) => ({ fromVersionId: i.publishedVersion.id, toVersionId: i.reviewVersion.id }),
  'policies.distributionAdd personId': (i) => ({ policyId: i.policy.id, personId: i.ops.id, unitId: i.it.id }),
  'policies.acknowledge acknowledgedOn': (i) => ({ versionId: i.publishedVersion.id, personId: i.ops.id, acknowledgedOn: '2999-01-01' }),
  'policies.acknowledgeMany acknowledgedOn': (i) => ({ versionId: i.publishedVersion.id, personIds: [i.ops.id], acknowledgedOn: '2999-01-01' }),
  'roles.assign acceptedOn': (i) => ({ roleId: i.roles[0].id, personId: i.ops.id, acceptedOn: '2999-01-01' }),
  'roles.assignmentUpdate acceptedOn': (i) => ({ id: i.assignment.id, acceptedOn: '2999-01-01' }),
  'roles.activityCreate cells': (i) => ({ name: 'Run the backups', cells: [{ roleId: i.roles[0].id, value: 'R' }] }),
  'roles.raciSave rows.0.cells': (i) => ({ rows: [{ activityId: i.activity.id, cells: [{ roleId: i.roles[0].id, value: 'R' }] }] }),
  'docinfo.entryCreate approvedOn': () => ({ title: 'Backup procedure', location: 'Intranet', approvedOn: '2999-01-01' }),
  'docinfo.entryUpdate approvedOn': (i) => ({ id: i.docEntry.id, approvedOn: '2999-01-01' }),
  'objectives.progressRecord recordedOn': (i) => ({ objectiveId: i.objective.id, status: 'on-track', progress: 30, recordedOn: '2999-01-01' }),
  'objectives.progressRecord progress': (i) => ({ objectiveId: i.objective.id, status: 'achieved', progress: 60 }),
  'objectives.changeCreate completedOn': () => ({ title: 'New backup tool', completedOn: '2026-11-01' }),
  'objectives.changeUpdate completedOn': (i) => ({ id: i.change.id, completedOn: '2026-11-01' }),
  'objectives.changeDecide approvedOn': (i) => ({ id: i.change.id, decision: 'approved', approverId: i.ceo.id, approvedOn: '2999-01-01' }),
  'objectives.changeDecide reason': (i) => ({ id: i.change.id, decision: 'approved', approverId: i.ops.id }),
  'suppliers.create lastAssessedOn': () => ({ name: 'Courier', lastAssessedOn: '2999-01-01', assessmentResult: 'satisfactory' }),
  'suppliers.create assessmentResult': () => ({ name: 'Courier', assessmentResult: 'satisfactory' }),
  'suppliers.update lastAssessedOn': (i) => ({ id: i.supplier.id, lastAssessedOn: '2999-01-01', assessmentResult: 'satisfactory' }),
  'suppliers.update assessmentResult': (i) => ({ id: i.supplier.id, assessmentResult: 'unsatisfactory' }),
  'communication.planCreate startsOn': () => ({ topic: 'Policy launch', audience: 'All staff', frequency: 'once', channel: 'Town hall' }),
  'communication.planUpdate startsOn': (i) => ({ id: i.plan.id, frequency: 'once' }),
  'communication.logCreate communicatedOn': () => ({ communicatedOn: '2999-01-01', topic: 'Policy launch', audience: 'All staff', channel: 'Town hall' }),
  'communication.logUpdate communicatedOn': (i) => ({ id: i.logEntry.id, communicatedOn: '2999-01-01' }),
  'roles.raciSave rows': (i) => ({ rows: [0, 1].map(() => ({ activityId: i.activity.id, cells: [{ roleId: i.roles[0].id, value: 'A' }] })) }),
  'improvement.ncCreate clauseId': () => ({ title: 'Visitor book not kept', source: 'external-audit', raisedOn: '2026-11-20', clauseId: null }),
  'improvement.ncCreate raisedOn': () => ({ title: 'Visitor book not kept', source: 'external-audit', clauseId: '7.5', raisedOn: '2999-01-01' }),
  'improvement.ncUpdate clauseId': (i) => ({ id: i.nc.id, clauseId: null }),
  'improvement.ncUpdate raisedOn': (i) => ({ id: i.nc.id, raisedOn: '2999-01-01' }),
  'improvement.ncTransition on': (i) => ({ id: i.nc.id, action: 'record-correction', on: '2999-01-01' }),
  'improvement.opportunityCreate benefit': () => ({ title: 'Password manager', source: 'suggestion', status: 'evaluated' }),
  'improvement.opportunityCreate decision': () => ({ title: 'Password manager', source: 'suggestion', status: 'approved', benefit: 4, effort: 2 }),
  'improvement.opportunityUpdate benefit': (i) => ({ id: i.opportunity.id, benefit: null }),
  'improvement.opportunityUpdate decision': (i) => ({ id: i.opportunity.id, status: 'approved' }),
  'improvement.opportunityCreate issueIds': () => ({ title: 'Sell our certification', source: 'planning' }),
  'improvement.opportunityUpdate issueIds': (i) => ({ id: i.opportunity.id, source: 'planning' }),
  'risk.methodUpdate matrix': () => ({ matrix: [['low']] }),
  'risk.assetCreate confidentiality': () => ({ name: 'Door badges', confidentiality: 5 }),
  'risk.assetCreate integrity': () => ({ name: 'Door badges', integrity: 4 }),
  'risk.assetCreate availability': () => ({ name: 'Door badges', availability: 4 }),
  'risk.assetUpdate confidentiality': (i) => ({ id: i.asset.id, confidentiality: 5 }),
  'risk.assetUpdate integrity': (i) => ({ id: i.asset.id, integrity: 4 }),
  'risk.assetUpdate availability': (i) => ({ id: i.asset.id, availability: 4 }),
  'risk.create assetId': () => ({ title: 'Laptop stolen', basis: 'asset', affectsC: true }),
  'risk.create threatId': (i) => ({ title: 'Laptop stolen', basis: 'asset', assetId: i.asset.id, affectsC: true }),
  'risk.create event': () => ({ title: 'Supplier fails', basis: 'event', affectsA: true }),
  'risk.create affectsC': () => ({ title: 'Supplier fails', basis: 'event', event: 'The hosting supplier goes bankrupt' }),
  'risk.create residualLikelihood': () => ({ title: 'Supplier fails', basis: 'event', event: 'The hosting supplier goes bankrupt', affectsA: true, residualImpact: 2 }),
  'risk.create likelihood': () => ({ title: 'Supplier fails', basis: 'event', event: 'The hosting supplier goes bankrupt', affectsA: true, likelihood: 5 }),
  'risk.update assetId': (i) => ({ id: i.risk.id, assetId: null }),
  'risk.update threatId': (i) => ({ id: i.risk.id, threatId: null }),
  'risk.update event': (i) => ({ id: i.risk.id, basis: 'event' }),
  'risk.update affectsC': (i) => ({ id: i.risk.id, affectsC: false }),
  'risk.update residualLikelihood': (i) => ({ id: i.risk.id, residualImpact: 2 }),
  'risk.update likelihood': (i) => ({ id: i.risk.id, likelihood: 5 }),
  'risk.acceptResidual justification': (i) => ({ riskId: i.risk.id, decidedById: i.ceo.id, decision: 'approved', reviewDate: '2027-11-01' }),
  'risk.runCompare toId': (i) => ({ fromId: i.run1.id, toId: i.run1.id }),
  'controls.update title': (i) => ({ id: i.control.id, title: 'Our own wording' }),
  'controls.update exclusionReason': (i) => ({ id: i.control.id, applicable: false }),
  'metrics.create formula': () => ({ title: 'Laptops encrypted', baseMeasures: [{ key: 'encrypted', label: 'Encrypted laptops' }], formula: 'encrypted / laptops * 100' }),
  'metrics.create redAt': () => ({ title: 'Laptops encrypted', baseMeasures: [{ key: 'encrypted', label: 'Encrypted laptops' }], formula: 'encrypted', direction: 'higher', greenAt: 50, redAt: 90 }),
  'metrics.create controlId': (i) => ({ title: 'Laptops encrypted', subjectKind: 'other', controlId: i.control.id, baseMeasures: [{ key: 'encrypted', label: 'Encrypted laptops' }], formula: 'encrypted' }),
  'metrics.create baseMeasures': () => ({ title: 'Laptops encrypted', baseMeasures: [{ key: 'encrypted', label: 'Encrypted' }, { key: 'encrypted', label: 'Again' }], formula: 'encrypted' }),
  'metrics.update formula': (i) => ({ id: i.metric.id, formula: 'completed / nobody' }),
  'metrics.update redAt': (i) => ({ id: i.metric.id, greenAt: 10, redAt: 95 }),
  'metrics.update controlId': (i) => ({ id: i.metric.id, subjectKind: 'other' }),
  'metrics.update baseMeasures': (i) => ({ id: i.metric.id, baseMeasures: [{ key: 'staff', label: 'Staff' }, { key: 'staff', label: 'Staff again' }] }),
  'competence.levelSet assessedOn': (i) => ({ personId: i.ops.id, skillId: i.skill.id, level: 2, assessedOn: '2999-01-01' }),
  'competence.auditCreate auditedOn': (i) => ({ kind: 'pre-appointment', personId: i.ops.id, roleId: i.needsSkill.id, assessorId: i.ciso.id, auditedOn: '2999-01-01' }),
  'competence.auditCreate roleId': (i) => ({ kind: 'pre-appointment', personId: i.ops.id, roleId: i.noNeeds.id, assessorId: i.ciso.id, auditedOn: '2026-11-01' }),
  'competence.auditUpdate auditedOn': (i) => ({ id: i.skillAudit.id, auditedOn: '2999-01-01' }),
  'competence.trainingCreate completedOn': (i) => ({ personId: i.ops.id, title: 'Course', completedOn: '2999-01-01' }),
  'competence.trainingCreate levelReached': (i) => ({ personId: i.ops.id, title: 'Course', completedOn: '2026-11-01', levelReached: 3 }),
  'competence.trainingUpdate completedOn': (i) => ({ id: i.training.id, completedOn: '2999-01-01' }),
  'awareness.campaignCreate roleIds': () => ({ topic: 'Phishing', heldOn: '2026-10-01', audience: 'chosen' }),
  'awareness.campaignUpdate roleIds': (i) => ({ id: i.campaign.id, audience: 'chosen' }),
  'awareness.attendanceSave rows': (i) => ({ campaignId: i.campaign.id, rows: [{ personId: i.ops.id }, { personId: i.ops.id }] }),
  'audits.programmeCreate endYear': () => ({ title: 'Programme', startYear: 2026, endYear: 2020 }),
  'audits.programmeUpdate endYear': (i) => ({ id: i.programme.id, endYear: 2040 }),
  'audits.create endDate': (i) => ({ programmeId: i.programme.id, title: 'Audit', scopeClauses: ['4'], startDate: '2026-05-02', endDate: '2026-05-01' }),
  'audits.create scopeClauses': (i) => ({ programmeId: i.programme.id, title: 'Audit', scopeClauses: [], startDate: '2026-05-01', endDate: '2026-05-01' }),
  'audits.create startDate': (i) => ({ programmeId: i.programme.id, title: 'Audit', scopeClauses: ['4'], startDate: '2035-05-01', endDate: '2035-05-01' }),
  'audits.create scopeControlIds': (i) => ({ programmeId: i.programme.id, title: 'Audit', scopeControlIds: [i.excluded.id], startDate: '2026-05-01', endDate: '2026-05-01' }),
  'audits.update endDate': (i) => ({ id: i.audit.id, endDate: '2026-01-01' }),
  'audits.update scopeClauses': (i) => ({ id: i.audit.id, scopeClauses: [], scopeControlIds: [] }),
  'audits.update startDate': (i) => ({ id: i.audit.id, startDate: '2035-05-01', endDate: '2035-05-01' }),
  'audits.update scopeControlIds': (i) => ({ id: i.audit.id, scopeControlIds: [i.excluded.id] }),
  'audits.update status': (i) => ({ id: i.audit.id, status: 'reported' }),
  'audits.teamAdd justification': (i) => ({ auditId: i.audit.id, personId: i.otherOwner.id, role: 'auditor' }),
  'audits.teamAdd role': (i) => ({ auditId: i.audit.id, personId: i.spare.id, role: 'lead-auditor' }),
  'audits.teamUpdate justification': (i) => ({ id: i.member.id, justification: '' }),
  'audits.teamUpdate role': (i) => ({ id: i.member.id, role: 'lead-auditor' }),
  'audits.itemRecord notes': (i) => ({ id: i.item.id, verdict: 'minor', notes: '' }),
  'audits.evidenceAdd effectiveOn': (i) => ({ itemId: i.item.id, effectiveOn: '2999-01-01', file: { name: 'a.txt', dataBase64: 'YQ==' } }),
  'audits.evidenceAdd expiresOn': (i) => ({ itemId: i.item.id, effectiveOn: '2026-11-01', expiresOn: '2026-10-01', file: { name: 'a.txt', dataBase64: 'YQ==' } }),
  'audits.findingRaiseNc clauseId': (i) => ({ id: i.ownFinding.id }),
  'reviews.create windowTo': () => ({ title: 'Review', meetingDate: '2026-11-20', windowFrom: '2026-11-20', windowTo: '2026-11-01' }),
  'reviews.update windowTo': (i) => ({ id: i.reviewNoChair.id, windowFrom: '2026-11-20', windowTo: '2026-11-01' }),
  'reviews.actionUpdate completedOn': (i) => ({ id: i.reviewAction.id, status: 'done', completedOn: '2999-01-01' }),
  'reviews.actionUpdate note': (i) => ({ id: i.reviewAction.id, status: 'cancelled' }),
  'reviews.signOff chairId': (i) => ({ id: i.reviewNoChair.id }),
  'reviews.signOff notes': (i) => ({ id: i.reviewNoNotes.id }),
  'reviews.signOff outputs': (i) => ({ id: i.reviewNoOutput.id }),
  'reviews.signOff reason': (i) => ({ id: i.reviewReady.id }),
  'reviews.signOff signedOn': (i) => ({ id: i.reviewReady.id, signedOn: '2026-11-19' }),
  'metrics.record period': (i) => ({ metricId: i.metric.id, period: '2999-Q1', values: { completed: 1, staff: 2 } }),
};

/** Valid input for every read that needs one (reads without required fields are called with {}). */
const READ_INPUTS: Record<string, (i: Ids) => unknown> = {
  'people.get': (i) => ({ id: i.ceo.id }),
  'context.get': (i) => ({ id: i.external.id }),
  'parties.get': (i) => ({ id: i.customer.id }),
  'attachments.get': (i) => ({ id: i.attachment.id }),
  'attachments.download': (i) => ({ id: i.attachment.id }),
  'attachments.verify': (i) => ({ id: i.attachment.id }),
  'policies.get': (i) => ({ id: i.policy.id }),
  'policies.getVersion': (i) => ({ versionId: i.publishedVersion.id }),
  'policies.getDiff': (i) => ({ fromVersionId: i.approvedVersion.id, toVersionId: i.approvedVersion.id }),
  'risk.assetGet': (i) => ({ id: i.asset.id }),
  'risk.get': (i) => ({ id: i.risk.id }),
  'risk.decisions': (i) => ({ riskId: i.risk.id }),
  'risk.runItems': (i) => ({ id: i.run1.id }),
  'risk.runCompare': (i) => ({ fromId: i.run1.id, toId: i.run2.id }),
  'controls.get': (i) => ({ id: i.control.id }),
  'objectives.get': (i) => ({ id: i.objective.id }),
  'suppliers.get': (i) => ({ id: i.supplier.id }),
  'docinfo.entryGet': (i) => ({ id: i.docEntry.id }),
  'search.query': () => ({ text: 'payroll' }),
  'documents.get': () => ({ key: 'context-register' }),
  'trail.history': () => ({ limit: 20 }),
  'improvement.ncGet': (i) => ({ id: i.nc.id }),
  'improvement.trace': (i) => ({ kind: 'nonconformity', id: i.nc.id }),
  'improvement.opportunityGet': (i) => ({ id: i.opportunity.id }),
  'metrics.get': (i) => ({ id: i.metric.id }),
  'competence.auditGet': (i) => ({ id: i.skillAudit.id }),
  'awareness.campaignGet': (i) => ({ id: i.campaign.id }),
  'audits.coverage': (i) => ({ id: i.programme.id }),
  'audits.get': (i) => ({ id: i.audit.id }),
  'reviews.get': (i) => ({ id: i.reviewReady.id }),
  'audits.candidates': (i) => ({ auditId: i.audit.id }),
};

const fieldPaths = (e: Envelope) => (e.error?.details?.fields ?? []).map((f) => f.path);
const names = (e: Envelope, path: string) => fieldPaths(e).some((p) => p === path || p.startsWith(`${path}.`));

beforeAll(async () => {
  h = await openHarness('Contract Traders Ltd');
  workspace = join(h.dir, 'ws.isms');
  ids = await setUp();
  await h.client.call('workspace.close', {});
  const r = await cli(['methods']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  methods = JSON.parse(r.stdout);
});
afterAll(() => h?.cleanup());

describe('the contract through the built CLI', () => {
  it('refuses every call that breaks its JSON Schema with VALIDATION naming the field, and writes nothing', async () => {
    const calls = methods.flatMap(schemaCalls);
    expect(calls.length).toBeGreaterThan(500);
    const before = changeLogSize();
    const envelopes = await batch(calls);
    const wrong = calls.flatMap((c, n) => {
      const e = envelopes[n];
      return e.ok || e.error?.code !== 'VALIDATION' || !names(e, c.path) ? [`${c.method}: ${c.why}, sent ${JSON.stringify(c.input).slice(0, 120)}: got ${JSON.stringify(e).slice(0, 240)}`] : [];
    });
    expect(wrong).toEqual([]);
    expect(changeLogSize()).toBe(before);
  });

  it('refuses a call breaking each documented rule with VALIDATION and the rule\'s field path, and writes nothing', async () => {
    const documented = methods.flatMap((m) => m.rules.map((r) => ({ key: `${m.name} ${r.path}`, method: m.name, path: r.path })));
    expect(documented.length).toBeGreaterThan(20);
    expect(documented.map((d) => d.key).filter((k) => !RULE_CASES[k])).toEqual([]); // a case for every rule
    expect(Object.keys(RULE_CASES).filter((k) => !documented.some((d) => d.key === k))).toEqual([]); // and no case for a rule that is gone
    const before = changeLogSize();
    const envelopes = await batch(documented.map((d) => ({ method: d.method, input: RULE_CASES[d.key](ids) })));
    const wrong = documented.flatMap((d, n) => {
      const e = envelopes[n];
      return e.ok || e.error?.code !== 'VALIDATION' || !fieldPaths(e).includes(d.path) ? [`${d.key}: got ${JSON.stringify(e).slice(0, 300)}`] : [];
    });
    expect(wrong).toEqual([]);
    expect(changeLogSize()).toBe(before);
  });

  it('answers every read method on the filled workspace without adding to its change log', async () => {
    const reads = methods.filter((m) => m.reads);
    expect(reads.length).toBeGreaterThan(40);
    const missing = reads.filter((m) => (m.input.required ?? []).length > 0 && !READ_INPUTS[m.name]).map((m) => m.name);
    expect(missing).toEqual([]);
    const before = changeLogSize();
    const envelopes = await batch(reads.map((m) => ({ method: m.name, input: READ_INPUTS[m.name]?.(ids) ?? {} })));
    expect(reads.flatMap((m, n) => (envelopes[n].ok ? [] : [`${m.name}: ${JSON.stringify(envelopes[n].error)}`]))).toEqual([]);
    expect(changeLogSize()).toBe(before);
  });
});
