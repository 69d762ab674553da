import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { TestInput } from '../utils/platform';
import { expectError, fieldsOf, openHarness, RANDOM_ID, rowCount, topManager, type Harness } from './helpers';
import { readDocx, readXlsx } from '../utils/office';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: TestInput<M>) => h.client.call(m, i);
const issue = (title: string) => call('context.create', { title, kind: 'external', category: 'legal', swot: 'threat' });
// A 1x1 transparent PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('document control: versions come from approval events (issue #8)', () => {
  it('1.0 draft before any approval, 1.0 at the first, 1.1 draft after a change, 1.1 minor, 2.0 major', async () => {
    const ceo = await topManager(h.client, 'Carla CEO');
    await issue('New privacy law');
    expect(await call('documents.get', { key: 'context-register' })).toMatchObject({ docId: 'ISMS-4.1', version: '1.0 draft', status: 'draft', approved: null, nextReview: null, history: [], classification: 'Internal' });
    // Saving registers changes nothing about the version: only approvals do.
    for (let i = 0; i < 5; i++) await issue(`Issue ${i}`);
    expect((await call('documents.get', { key: 'context-register' })).version).toBe('1.0 draft');

    const first = await call('documents.approve', { key: 'context-register', approverId: ceo.id, approvedOn: '2026-11-29' });
    expect(first).toMatchObject({ version: '1.0', status: 'approved', approved: { version: '1.0', approverName: 'Carla CEO', approvedOn: '2026-11-29', changeNote: 'First approved version.' }, nextReview: '2027-11-29' });
    expect(expectError(await h.client.raw('documents.approve', { key: 'context-register', approverId: ceo.id, approvedOn: '2026-11-29' }), 'CONFLICT').message).toBe('Nothing has changed since version 1.0 was approved.');

    await issue('Supplier insolvency');
    expect(await call('documents.get', { key: 'context-register' })).toMatchObject({ version: '1.1 draft', status: 'changed', approved: { version: '1.0' } });
    h.setNow('2026-12-10T09:00:00.000Z');
    const minor = await call('documents.approve', { key: 'context-register', approverId: ceo.id, approvedOn: '2026-12-10', changeNote: 'Added supplier risk' });
    expect(minor).toMatchObject({ version: '1.1', status: 'approved' });
    await issue('Energy prices');
    const major = await call('documents.approve', { key: 'context-register', approverId: ceo.id, approvedOn: '2026-12-10', major: true, changeNote: 'Annual rewrite' });
    expect(major.version).toBe('2.0');
    expect(major.history.map((e) => [e.version, e.changeNote])).toEqual([
      ['2.0', 'Annual rewrite'],
      ['1.1', 'Added supplier risk'],
      ['1.0', 'First approved version.'],
    ]);
  });

  it('the approver must hold an approving role, or the approval records why; dates are checked', async () => {
    const clerk = await call('people.create', { name: 'Colin Clerk' });
    await issue('Something');
    const noRole = expectError(await h.client.raw('documents.approve', { key: 'context-register', approverId: clerk.id, approvedOn: '2026-11-29' }), 'VALIDATION');
    expect(fieldsOf(noRole)).toEqual(['reason']);
    expect(fieldsOf(expectError(await h.client.raw('documents.approve', { key: 'context-register', approverId: RANDOM_ID, approvedOn: '2026-11-29' }), 'NOT_FOUND'))).toEqual([]);
    expect(rowCount(h.sqlite(), 'document_approvals')).toBe(0);

    // A role flagged as approver in 5.3 is enough.
    const roles = await call('roles.list', {});
    const manager = roles.find((r) => r.key === 'isms-manager')!;
    const flagged = await call('roles.update', { id: manager.id, name: manager.name, description: manager.description, responsibilities: manager.responsibilities, authorities: manager.authorities, mayApprove: true });
    expect(flagged.mayApprove).toBe(true);
    await call('roles.assign', { roleId: manager.id, personId: clerk.id, acceptedOn: null });
    expect(await call('documents.approvers', {})).toEqual([{ id: clerk.id, name: 'Colin Clerk' }]);

    const future = expectError(await h.client.raw('documents.approve', { key: 'context-register', approverId: clerk.id, approvedOn: '2026-11-30' }), 'VALIDATION');
    expect(future.message).toBe('An approval cannot be dated in the future.');
    const early = expectError(await h.client.raw('documents.approve', { key: 'context-register', approverId: clerk.id, approvedOn: '2026-11-28' }), 'VALIDATION');
    expect(early.message).toBe('An approval cannot be dated before the document existed (2026-11-29).');
    await call('documents.approve', { key: 'context-register', approverId: clerk.id, approvedOn: '2026-11-29' });

    // Someone without the role, with a reason: recorded and printed.
    const guest = await call('people.create', { name: 'Gina Guest' });
    await issue('Another');
    h.setNow('2026-12-02T09:00:00.000Z');
    expect(expectError(await h.client.raw('documents.approve', { key: 'context-register', approverId: guest.id, approvedOn: '2026-11-28', reason: 'Deputy' }), 'VALIDATION').message).toMatch(/before the document existed|previous version/);
    const withReason = await call('documents.approve', { key: 'context-register', approverId: guest.id, approvedOn: '2026-12-01', reason: 'Deputising for the CEO while on leave' });
    expect(withReason.approved).toMatchObject({ version: '1.1', approverName: 'Gina Guest', reason: 'Deputising for the CEO while on leave' });
    const path = join(h.dir, 'reg.docx');
    await call('export.document', { id: 'context-register', path });
    expect((await readDocx(path)).text).toContain('Approved outside the approving roles: Deputising for the CEO while on leave');
  });

  it('an approved register exports as approved, frozen; later changes are flagged and exported only as a DRAFT', async () => {
    const ceo = await topManager(h.client, 'Carla CEO');
    await issue('Approved issue');
    await call('documents.approve', { key: 'context-register', approverId: ceo.id, approvedOn: '2026-11-29' });
    await issue('Added later');
    const approvedPath = join(h.dir, 'approved.docx');
    await call('export.document', { id: 'context-register', path: approvedPath });
    const approved = await readDocx(approvedPath);
    expect(approved.runs).toContain('Approved issue');
    expect(approved.runs).not.toContain('Added later');
    expect(approved.runs).toEqual(expect.arrayContaining(['ISMS-4.1', '1.0', 'Approved', 'Carla CEO']));
    expect(approved.text).toContain('The workspace has changed since version 1.0 was approved on 2026-11-29');
    expect(approved.xml).not.toContain('DRAFT');

    const draftPath = join(h.dir, 'draft.pdf');
    await call('export.document', { id: 'context-register', path: draftPath, variant: 'draft' });
    const draftDocx = join(h.dir, 'draft.docx');
    await call('export.document', { id: 'context-register', path: draftDocx, variant: 'draft' });
    const draft = await readDocx(draftDocx);
    expect(draft.runs).toEqual(expect.arrayContaining(['Added later', '1.1 draft', 'Draft, not approved']));
    const headers = await Promise.all(Object.keys(draft.zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => draft.part(f)));
    expect(headers.join('')).toMatch(/<v:textpath[^>]*string="DRAFT"/);
  });

  it('a frozen copy that no longer matches its fingerprint is refused, not printed', async () => {
    const ceo = await topManager(h.client, 'Carla CEO');
    await issue('Real');
    await call('documents.approve', { key: 'context-register', approverId: ceo.id, approvedOn: '2026-11-29' });
    h.sqlite().prepare(`update document_approvals set snapshot = replace(snapshot, 'Real', 'Forged')`).run();
    const err = expectError(await h.client.raw('export.document', { id: 'context-register', path: join(h.dir, 'x.docx') }), 'INTERNAL');
    expect(err.message).toBe('The frozen copy of ISMS-4.1 version 1.0 does not match its fingerprint; the workspace file may have been altered.');
  });

  it('lists every controlled document for the 7.5 register, policies with the id they keep from publication', async () => {
    const ceo = await topManager(h.client, 'Carla CEO');
    const policy = await call('policies.create', { title: 'Information security policy', kind: 'information-security', templateKey: 'information-security' });
    const topic = await call('policies.create', { title: 'Backup policy', kind: 'topic', templateKey: 'backup' });
    for (const p of [policy, topic]) {
      await call('policies.submit', { versionId: p.current.id });
      await call('policies.approve', { versionId: p.current.id, approverId: ceo.id });
      await call('policies.publish', { versionId: p.current.id });
    }
    const list = await call('documents.list', {});
    // In clause order: the registers, the policies under 5.2, then the 6.1 documents (issue 11).
    expect(list.map((d) => [d.docId, d.clauseId, d.approvable])).toEqual([
      ['ISMS-4.1', '4.1', true],
      ['ISMS-4.2', '4.2', true],
      ['ISMS-4.3', '4.3', true],
      ['ISMS-4.4', '4.4', true],
      ['ISMS-5.1', '5.1', true],
      ...[['ISMS-5.2', '5.2', false], ['ISMS-5.2-01', '5.2', false]].sort(),
      ['ISMS-5.3', '5.3', true],
      ['ISMS-6.1.2', '6.1', true],
      ['ISMS-6.1.2-REG', '6.1', true],
      ['ISMS-6.1.3', '6.1', true],
      ['ISMS-6.1.3-SOA', '6.1', true],
      ['ISMS-6.2', '6.2', true],
      ['ISMS-7.2', '7.2', true],
      ['ISMS-7.3', '7.3', true],
      ['ISMS-7.4', '7.4', true],
      ['ISMS-7.5', '7.5', true],
      ['ISMS-8.1', '8.1', true],
      ['ISMS-8.2', '8.2', true],
      ['ISMS-9.1', '9.1', true],
      ['ISMS-9.2', '9.2', true],
      ['ISMS-9.3', '9.3', true],
      ['ISMS-10.2', '10.2', true],
    ]);
    expect(list.filter((d) => d.clauseId === '5.2').map((d) => [d.title, d.docId]).sort()).toEqual([
      ['Backup policy', 'ISMS-5.2-01'],
      ['Information security policy', 'ISMS-5.2'],
    ]);
    expect(list.find((d) => d.docId === 'ISMS-5.2')).toMatchObject({ title: 'Information security policy', version: '1.0', status: 'approved', approved: { approverName: 'Carla CEO' } });
    expectError(await h.client.raw('documents.approve', { key: `policy:${policy.id}`, approverId: ceo.id, approvedOn: '2026-11-29' }), 'CONFLICT');
    expectError(await h.client.raw('documents.get', { key: 'risk-registers' }), 'NOT_FOUND');
  });

  it('owner, review interval and a document classification of its own', async () => {
    const owner = await call('people.create', { name: 'Olivia Owner' });
    const record = await call('documents.update', { key: 'raci-matrix', ownerId: owner.id, reviewMonths: 6, classification: 'Confidential' });
    expect(record).toMatchObject({ ownerName: 'Olivia Owner', reviewMonths: 6, classification: 'Confidential' });
    expect(fieldsOf(expectError(await h.client.raw('documents.update', { key: 'raci-matrix', reviewMonths: 0 }), 'VALIDATION'))).toEqual(['reviewMonths']);
    expect((await call('documents.update', { key: 'raci-matrix', classification: null })).classification).toBe('Internal');
  });
});

describe('classification and branding per workspace', () => {
  it('defaults to Internal, changes, and is applied to every format; bad input is refused', async () => {
    expect(await call('documents.settings', {})).toEqual({ classification: 'Internal', accentColour: '1F4E79', footerText: '', paperSize: 'A4', language: 'en-GB', logo: null });
    const settings = await call('documents.settingsUpdate', { classification: 'Confidential', accentColour: '#7f1d1d', footerText: 'Acme Ltd, 1 High Street, Leeds', logo: { mime: 'image/png', dataBase64: PNG } });
    expect(settings).toMatchObject({ classification: 'Confidential', accentColour: '7F1D1D', footerText: 'Acme Ltd, 1 High Street, Leeds' });
    expect(settings.logo).toMatch(/^data:image\/png;base64,/);
    expect(fieldsOf(expectError(await h.client.raw('documents.settingsUpdate', { accentColour: 'red' }), 'VALIDATION'))).toEqual(['accentColour']);
    expect(expectError(await h.client.raw('documents.settingsUpdate', { logo: { mime: 'image/png', dataBase64: Buffer.from('not a png').toString('base64') } }), 'UNSUPPORTED_FILE').message).toBe('The file is not a PNG image.');
    expect(fieldsOf(expectError(await h.client.raw('documents.settingsUpdate', { logo: { mime: 'image/gif', dataBase64: PNG } }), 'VALIDATION'))).toEqual(['logo.mime']);
    expectError(await h.client.raw('documents.settingsUpdate', { classification: '' }), 'VALIDATION');

    await issue('Something');
    const docx = join(h.dir, 'r.docx');
    await call('export.document', { id: 'context-register', path: docx });
    const doc = await readDocx(docx);
    const running = (await Promise.all(Object.keys(doc.zip.files).filter((f) => /^word\/(header|footer)\d*\.xml$/.test(f)).map((f) => doc.part(f)))).join('');
    expect(running).toContain('CONFIDENTIAL');
    expect(running).toContain('Acme Ltd, 1 High Street, Leeds');
    expect(running).toContain('PAGE');
    expect(running).toContain('NUMPAGES');
    expect(doc.runs).toContain('Confidential'); // cover and control block
    expect(doc.xml).toContain('7F1D1D');
    expect(Object.keys(doc.zip.files).some((f) => f.startsWith('word/media/'))).toBe(true);
    // The language tag, so Word checks spelling as British English.
    expect(await doc.part('word/styles.xml')).toContain('w:lang w:val="en-GB"');

    const xlsx = join(h.dir, 'r.xlsx');
    await call('export.document', { id: 'context-register', path: xlsx });
    const book = await readXlsx(xlsx);
    for (const sheet of book.worksheets) {
      expect(sheet.headerFooter.oddHeader).toContain('CONFIDENTIAL');
      expect(sheet.headerFooter.oddFooter).toContain('Acme Ltd, 1 High Street, Leeds');
    }

    // Letter paper where the workspace says so.
    await call('documents.settingsUpdate', { paperSize: 'Letter', logo: null });
    expect((await call('documents.settings', {})).logo).toBeNull();
    await call('export.document', { id: 'context-register', path: xlsx });
    expect((await readXlsx(xlsx)).worksheets[1].pageSetup.paperSize).toBe(1);
  });
});
