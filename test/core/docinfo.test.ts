import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { TestInput } from '../utils/platform';
import { expectError, fieldsOf, openHarness, RANDOM_ID, rowCount, topManager, type Harness } from './helpers';
import { readDocx, readXlsx } from '../utils/office';
import { MANDATORY_KEYS } from '../../shared/docinfo';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: TestInput<M>) => h.client.call(m, i);
const statusOf = async () => Object.fromEntries((await call('docinfo.checklist', {})).map((i) => [i.key, i.status]));

describe('7.5 mandatory documents checklist, found from the other areas', () => {
  it('lists every mandatory item, each missing in a new workspace', async () => {
    const items = await call('docinfo.checklist', {});
    expect(items.map((i) => i.key)).toEqual([...MANDATORY_KEYS]);
    expect(items.map((i) => i.clause)).toEqual(['4.3', '5.2', '6.1.2', '6.1.3', '6.1.3 d', '6.2', '7.2', '7.5.1 b', '8.1', '8.2', '8.3', '9.1', '9.2', '9.3', '10.2']);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['missing']));
  });

  it('moves an item from missing to draft when work starts, to approved when its document is approved, and to changed when it changes after', async () => {
    const ceo = await topManager(h.client, 'Carla CEO');
    expect((await statusOf()).objectives).toBe('missing');
    await call('objectives.create', { title: 'Patch critical systems within 14 days' });
    expect((await statusOf()).objectives).toBe('draft');
    await call('documents.approve', { key: 'objectives-plan', approverId: ceo.id, approvedOn: '2026-11-29' });
    const approved = (await call('docinfo.checklist', {})).find((i) => i.key === 'objectives')!;
    expect(approved).toMatchObject({ status: 'approved', route: '/clause/6.2' });
    expect(approved.evidence).toBe('ISMS-6.2 version 1.0 approved on 2026-11-29 by Carla CEO');
    await call('objectives.create', { title: 'Train every new starter in their first week' });
    expect((await statusOf()).objectives).toBe('changed');
  });

  it('finds the scope from its approved statement and the policy from a published version', async () => {
    const ceo = await topManager(h.client, 'Carla CEO');
    await call('scope.boundaryCreate', { kind: 'asset', name: 'Customer data' });
    expect((await statusOf()).scope).toBe('draft');
    await call('scope.statementSave', { text: 'The ISMS covers the online shop and its warehouse.' });
    await call('documents.approve', { key: 'scope-statement', approverId: ceo.id, approvedOn: '2026-11-29' });
    expect((await statusOf()).scope).toBe('approved');
    const policy = await call('policies.create', { title: 'Information security policy', kind: 'information-security', templateKey: 'information-security' });
    expect((await statusOf()).policy).toBe('draft');
    // A draft policy has no document id yet: it is named by its title, never "not yet issued not approved yet".
    expect((await call('docinfo.checklist', {})).find((i) => i.key === 'policy')!.evidence).toBe('"Information security policy" not published yet');
    const v = (await call('policies.get', { id: policy.id })).current!;
    await call('policies.submit', { versionId: v.id });
    await call('policies.approve', { versionId: v.id, approverId: ceo.id });
    await call('policies.publish', { versionId: v.id });
    const item = (await call('docinfo.checklist', {})).find((i) => i.key === 'policy')!;
    expect(item.status).toBe('approved');
    expect(item.evidence).toContain('"Information security policy" version 1.0 published');
  });

  it('counts an approved register entry that provides an item kept elsewhere; a draft or obsolete one does not', async () => {
    const entry = await call('docinfo.entryCreate', { title: 'Audit programme 2026-2028 (spreadsheet)', type: 'plan', status: 'draft', location: 'SharePoint / ISMS / Audits', satisfies: 'audit' });
    expect((await statusOf()).audit).toBe('missing');
    await call('docinfo.entryUpdate', { id: entry.id, status: 'approved', approvedOn: '2026-11-01', approvedBy: 'Carla CEO' });
    const item = (await call('docinfo.checklist', {})).find((i) => i.key === 'audit')!;
    expect(item).toMatchObject({ status: 'external', evidence: `${entry.ref} "Audit programme 2026-2028 (spreadsheet)", kept at SharePoint / ISMS / Audits` });
    await call('docinfo.entryUpdate', { id: entry.id, status: 'obsolete' });
    expect((await statusOf()).audit).toBe('missing');
  });

  it('7.5.1 b is met by the organisation\'s own approved entries that provide no other item', async () => {
    expect((await statusOf())['needed-documents']).toBe('missing');
    await call('docinfo.entryCreate', { title: 'Backup procedure', type: 'procedure', status: 'draft', location: 'Intranet / Procedures' });
    expect((await statusOf())['needed-documents']).toBe('draft');
    await call('docinfo.entryCreate', { title: 'Visitor book', kind: 'record', type: 'record', location: 'Reception desk', retention: '2 years' });
    expect((await statusOf())['needed-documents']).toBe('approved');
  });
});

describe('7.5 register of documented information', () => {
  it('joins the controlled documents and the DOC entries, with retention, location and overdue reviews', async () => {
    const ceo = await topManager(h.client, 'Carla CEO');
    await call('documents.approve', { key: 'context-register', approverId: ceo.id, approvedOn: '2026-11-29' });
    const law = await call('docinfo.entryCreate', { title: 'Data Protection Act 2018', origin: 'external', type: 'law', location: 'legislation.gov.uk', reviewOn: '2026-06-30', ownerId: ceo.id });
    expect(law.ref).toBe('DOC-001');
    const rows = await call('docinfo.register', {});
    const context = rows.find((r) => r.docId === 'ISMS-4.1')!;
    expect(context).toMatchObject({ source: 'workspace', status: 'approved', version: '1.0', approvedOn: '2026-11-29', approverName: 'Carla CEO', reviewOn: '2027-11-29', reviewOverdue: false, retention: '', location: 'In this workspace (exported on demand)' });
    expect(rows.at(-1)).toMatchObject({ source: 'entry', docId: 'DOC-001', origin: 'external', typeLabel: 'Law or regulation', ownerName: 'Carla CEO', reviewOn: '2026-06-30', reviewOverdue: true, location: 'legislation.gov.uk' });
    // Retention: set for every controlled document without one, then one changed by key.
    const all = await call('docinfo.retentionSet', { onlyUnset: true, retention: 'Superseded versions kept 3 years' });
    expect(all.updated).toBeGreaterThan(10);
    expect((await call('docinfo.retentionSet', { keys: ['soa'], retention: 'Kept 6 years' })).updated).toBe(1);
    expect((await call('docinfo.retentionSet', { onlyUnset: true, retention: 'x' })).updated).toBe(0);
    const after = await call('docinfo.register', {});
    expect(after.find((r) => r.key === 'soa')?.retention).toBe('Kept 6 years');
    expect(after.filter((r) => r.source === 'workspace').every((r) => r.retention)).toBe(true);
    // The entry's overdue review is due on the home page.
    const due = (await call('readiness.summary', {})).due.filter((d) => d.clauseId === '7.5');
    expect(due.map((d) => [d.text, d.overdue])).toContainEqual(['Review DOC-001 "Data Protection Act 2018"', true]);
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const before = rowCount(h.sqlite(), 'change_log');
    expect(fieldsOf(expectError(await h.client.raw('docinfo.entryCreate', { title: 'No location' }), 'VALIDATION'))).toEqual(['location']);
    expect(fieldsOf(expectError(await h.client.raw('docinfo.entryCreate', { title: 'X', location: 'Y', satisfies: 'everything' }), 'VALIDATION'))).toEqual(['satisfies']);
    expect(fieldsOf(expectError(await h.client.raw('docinfo.entryCreate', { title: 'X', location: 'Y', type: 'novel' }), 'VALIDATION'))).toEqual(['type']);
    expect(fieldsOf(expectError(await h.client.raw('docinfo.entryCreate', { title: 'X', location: 'Y', approvedOn: '2999-01-01' }), 'VALIDATION'))).toEqual(['approvedOn']);
    expect(expectError(await h.client.raw('docinfo.entryCreate', { title: 'X', location: 'Y', ownerId: RANDOM_ID }), 'NOT_FOUND').details).toMatchObject({ field: 'ownerId' });
    expect(expectError(await h.client.raw('docinfo.retentionSet', { keys: ['no-such-document'], retention: '1 year' }), 'NOT_FOUND')).toBeTruthy();
    expect(fieldsOf(expectError(await h.client.raw('docinfo.retentionSet', { retention: '  ' }), 'VALIDATION'))).toEqual(['retention']);
    expect(expectError(await h.client.raw('docinfo.entryUpdate', { id: RANDOM_ID, title: 'X' }), 'NOT_FOUND')).toBeTruthy();
    expect(rowCount(h.sqlite(), 'document_entries')).toBe(0);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before);
  });

  it('updates partially, deletes with confirm, and a deleted owner leaves the entry without one', async () => {
    const owner = await call('people.create', { name: 'Olga Owner' });
    const e = await call('docinfo.entryCreate', { title: 'Cloud contract', origin: 'external', type: 'contract', location: 'Legal drive', ownerId: owner.id, retention: '6 years after end' });
    const u = await call('docinfo.entryUpdate', { id: e.id, version: '2.1' });
    expect([u.version, u.retention, u.ownerName]).toEqual(['2.1', '6 years after end', 'Olga Owner']);
    await call('people.delete', { id: owner.id, confirm: true });
    expect((await call('docinfo.entryGet', { id: e.id })).ownerId).toBeNull();
    await call('docinfo.entryDelete', { id: e.id, confirm: true });
    expect(rowCount(h.sqlite(), 'document_entries')).toBe(0);
  });
});

describe('7.5 export: the register and checklist under document control', () => {
  it('writes DOCX, XLSX and PDF with the checklist and both kinds of rows; approval freezes it', async () => {
    const ceo = await topManager(h.client, 'Carla CEO');
    await call('docinfo.entryCreate', { title: 'ISO/IEC 27001 certificate of our hosting provider', origin: 'external', type: 'certificate', location: 'Supplier folder', satisfies: 'operations' });
    const docx = join(h.dir, 'register.docx');
    await call('export.document', { id: 'documented-information', path: docx });
    const doc = await readDocx(docx);
    expect(doc.text).toContain('Mandatory documented information');
    expect(doc.text).toContain('Evidence that processes are carried out as planned');
    expect(doc.text).toContain('Kept elsewhere (register entry)');
    expect(doc.text).toContain('ISO/IEC 27001 certificate of our hosting provider');
    expect(doc.text).toContain('ISMS-4.1');
    expect(doc.text).not.toContain('ISMS-7.5 ');
    const xlsx = join(h.dir, 'register.xlsx');
    await call('export.document', { id: 'documented-information', path: xlsx });
    const wb = await readXlsx(xlsx);
    const sheet = wb.getWorksheet('Checklist')!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(row.values!.toString()));
    expect(texts.some((t) => t.includes('8.1') && t.includes('Kept elsewhere'))).toBe(true);
    expect(texts.some((t) => t.includes('4.3') && t.includes('Missing'))).toBe(true);
    await call('export.document', { id: 'documented-information', path: join(h.dir, 'register.pdf') });
    const approved = await call('documents.approve', { key: 'documented-information', approverId: ceo.id, approvedOn: '2026-11-29' });
    expect([approved.docId, approved.version, approved.status]).toEqual(['ISMS-7.5', '1.0', 'approved']);
    // Its own row is in the register, but its content leaves itself out, so approving it does not change it.
    expect((await call('documents.get', { key: 'documented-information' })).status).toBe('approved');
  });
});
