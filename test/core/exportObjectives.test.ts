import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestInput } from '../utils/platform';
import { openHarness, START, topManager, type Harness } from './helpers';
import { readDocx } from '../utils/office';

let h: Harness;
beforeEach(async () => {
  h = await openHarness('Acme Ltd');
  h.setNow('2026-11-20T09:00:00.000Z');
});
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: TestInput<M>) => h.client.call(m, i);
const PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;

async function fill() {
  const owner = await call('people.create', { name: 'Olu Owner' });
  const ceo = await topManager(h.client, 'Carla CEO');
  const policy = await call('policies.create', { title: 'Information security policy', kind: 'information-security' });
  const o = await call('objectives.create', {
    title: 'Patch critical systems within 14 days',
    description: 'Apply critical security patches to every server within fourteen days of release',
    ownerId: owner.id,
    policyId: policy.id,
    dueDate: '2027-06-30',
    resources: 'Two days a month of the operations team',
    evaluation: 'Monthly patch compliance report',
    targetValue: 95,
    targetUnit: '%',
    achievability: 'The update server already reaches most servers',
  });
  const loose = await call('objectives.create', { title: 'Fewer phishing clicks' });
  await call('objectives.progressRecord', { objectiveId: o.id, status: 'on-track', progress: 40, currentValue: 81, note: 'Two legacy servers left', recordedOn: '2026-11-20' });
  await call('competence.resourceCreate', { title: 'Patch tool licences', kind: 'tools', amount: 3000, unit: 'EUR', objectiveId: o.id, status: 'approved' });
  return { ceo, o, loose };
}

describe('export: the objectives plan (6.2) under document control', () => {
  it('writes the objectives, plans, SMART check, progress history and resources in DOCX, and freezes them when approved', async () => {
    const { ceo } = await fill();
    const draftPath = join(h.dir, 'plan-draft.docx');
    await call('export.document', { id: 'objectives-plan', path: draftPath, variant: 'draft' });
    const draft = await readDocx(draftPath);
    expect(draft.runs).toEqual(expect.arrayContaining(['ISMS-6.2', 'Information security objectives and plans', 'OBJ-001', 'OBJ-002', 'Patch critical systems within 14 days', '95 %', 'Olu Owner', '2027-06-30', 'On track', 'Monthly patch compliance report', 'Two legacy servers left', 'Patch tool licences', 'RES-001', 'Supports: Information security policy']));
    // OBJ-001 meets every letter; OBJ-002 (a bare title) says per letter what is missing.
    expect(draft.paragraphs.filter((p) => /^[SMART] met$/.test(p))).toEqual(['S met', 'M met', 'A met', 'R met', 'T met']);
    expect(draft.paragraphs).toEqual(expect.arrayContaining(['T missing: set a due date', 'R missing: link it to the information security policy or to a risk']));
    expect(draft.xml).toContain('DRAFT');

    h.setNow(START);
    const record = await call('documents.approve', { key: 'objectives-plan', approverId: ceo.id, approvedOn: '2026-11-29' });
    expect(record).toMatchObject({ docId: 'ISMS-6.2', status: 'approved', version: '1.0' });
    await call('objectives.create', { title: 'Added after approval' });
    const approvedPath = join(h.dir, 'plan.docx');
    await call('export.document', { id: 'objectives-plan', path: approvedPath });
    const approved = await readDocx(approvedPath);
    expect(approved.runs).toEqual(expect.arrayContaining(['1.0', 'Approved', 'Carla CEO']));
    expect(approved.runs).not.toContain('Added after approval');
    expect(approved.text).toContain('The workspace has changed since version 1.0 was approved on 2026-11-29');
  });

  it.skipIf(!PDFTOTEXT)('writes the same plan as a PDF', async () => {
    await fill();
    const path = join(h.dir, 'plan.pdf');
    expect(await call('export.document', { id: 'objectives-plan', path, variant: 'draft' })).toMatchObject({ saved: true, format: 'pdf' });
    expect(readFileSync(path).subarray(0, 4).toString()).toBe('%PDF');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    for (const s of ['ISMS-6.2', 'Information security objectives and plans', 'Patch critical systems', 'SMART check', 'Progress and status history', 'Two legacy servers left', 'Patch tool licences', 'Page 1 of']) expect(text, s).toContain(s);
  });

  it('is listed with the other exports, in DOCX and PDF, for clause 6.2', async () => {
    const list = await call('export.list', {});
    expect(list.find((d) => d.id === 'objectives-plan')).toMatchObject({ formats: ['docx', 'pdf'], clauseId: '6.2', documentKey: 'objectives-plan' });
  });
});
