import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { MethodInput } from '../../shared/contract';
import { ATTACHMENT_MAX_BYTES } from '../../shared/contract/attachments';
import { RANDOM_ID, expectError, fieldsOf, openHarness, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: MethodInput<M>) => h.client.call(m, i);
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const first = async () => (await call('leadership.get', {})).commitments[0];

describe('leadership (5.1): checklist and top management', () => {
  it('starts with the eight commitments of 5.1, not started, and the top management role', async () => {
    const o = await call('leadership.get', {});
    expect(o.commitments.map((c) => c.key)).toEqual(['policy-objectives', 'integration', 'resources', 'communication', 'outcomes', 'direction', 'improvement', 'other-managers']);
    expect(o.commitments.every((c) => c.status === 'not-started' && c.evidence.length === 0 && c.description.length > 40)).toBe(true);
    const roles = await call('roles.list', {});
    expect(o.topManagementRoleId).toBe(roles.find((r) => r.key === 'top-management')!.id);
    expect(o.topManagement).toEqual([]);
    const log = rowCount(h.sqlite(), 'change_log');
    await call('leadership.get', {});
    expect(rowCount(h.sqlite(), 'change_log')).toBe(log);
  });

  it('top management are the people holding the top management role', async () => {
    const ceo = await call('people.create', { name: 'Cara CEO', jobTitle: 'Chief executive' });
    const { topManagementRoleId } = await call('leadership.get', {});
    const a = await call('roles.assign', { roleId: topManagementRoleId, personId: ceo.id, acceptedOn: '2026-11-01' });
    expect((await call('leadership.get', {})).topManagement).toEqual([{ assignmentId: a.id, personId: ceo.id, name: 'Cara CEO', jobTitle: 'Chief executive', acceptedOn: '2026-11-01' }]);
  });

  it('updates owner and status; "done" needs evidence first', async () => {
    const owner = await call('people.create', { name: 'Olivia Owner' });
    const c = await first();
    const base = { id: c.id, title: c.title, description: c.description };
    expect(await call('leadership.commitmentUpdate', { ...base, status: 'in-progress', ownerId: owner.id })).toMatchObject({ status: 'in-progress', ownerName: 'Olivia Owner' });
    const err = expectError(await h.client.raw('leadership.commitmentUpdate', { ...base, status: 'done', ownerId: owner.id }), 'VALIDATION');
    expect([err.message, fieldsOf(err)]).toEqual(['Record evidence before marking this commitment done.', ['status']]);
    await call('leadership.evidenceAdd', { commitmentId: c.id, description: 'Board minutes 12 Nov', evidenceDate: '2026-11-12' });
    expect((await call('leadership.commitmentUpdate', { ...base, status: 'done', ownerId: owner.id })).status).toBe('done');
    expectError(await h.client.raw('leadership.commitmentUpdate', { ...base, status: 'done', ownerId: RANDOM_ID }), 'NOT_FOUND');
    expectError(await h.client.raw('people.delete', { id: owner.id }), 'CONFLICT');
    await call('people.delete', { id: owner.id, confirm: true });
    expect((await first()).ownerId).toBeNull();
  });

  it('adds, edits and deletes commitments of your own, evidence and files going with them', async () => {
    const mine = await call('leadership.commitmentCreate', { title: 'Security is on every board agenda' });
    expect(mine).toMatchObject({ key: null, sortOrder: 9, status: 'not-started' });
    await call('leadership.evidenceAdd', { commitmentId: mine.id, description: 'Agenda', file: { name: 'agenda.txt', mime: 'text/plain', dataBase64: b64('agenda') } });
    expect(rowCount(h.sqlite(), 'attachments')).toBe(1);
    const refused = expectError(await h.client.raw('leadership.commitmentDelete', { id: mine.id }), 'CONFLICT');
    expect(refused.details).toMatchObject({ references: [{ kind: 'leadership.evidence', label: 'Evidence "Agenda" with its attached file', effect: 'deleted' }] });
    await call('leadership.commitmentDelete', { id: mine.id, confirm: true });
    expect([rowCount(h.sqlite(), 'leadership_commitments'), rowCount(h.sqlite(), 'leadership_evidence'), rowCount(h.sqlite(), 'attachments')]).toEqual([8, 0, 0]);
    expectError(await h.client.raw('leadership.commitmentDelete', { id: mine.id }), 'NOT_FOUND');
  });
});

describe('leadership (5.1): evidence files', () => {
  it('stores the file in the workspace with its size and SHA-256, computed here, and gives it back', async () => {
    const c = await first();
    const bytes = Buffer.from('Minutes of the board meeting\n\u0000binary\u00ff');
    const e = await call('leadership.evidenceAdd', {
      commitmentId: c.id,
      description: 'Board approved the budget',
      evidenceDate: '2026-10-01',
      file: { name: 'C:\\fakepath\\minutes.pdf', mime: 'Application/PDF', dataBase64: bytes.toString('base64') },
    });
    expect(e.attachment).toMatchObject({ name: 'minutes.pdf', mime: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), createdBy: 'tester' });
    const stored = h.sqlite().prepare('select data from attachments').get() as { data: Buffer };
    expect(stored.data.equals(bytes)).toBe(true);
    const down = await call('attachments.download', { id: e.attachment!.id });
    expect(Buffer.from(down.dataBase64, 'base64').equals(bytes)).toBe(true);
    expect(await call('attachments.get', { id: e.attachment!.id })).toEqual(e.attachment);
    expect((await first()).evidence).toEqual([e]);
  });

  it('verify notices bytes changed behind the app', async () => {
    const c = await first();
    const e = await call('leadership.evidenceAdd', { commitmentId: c.id, description: 'Memo', file: { name: 'memo.txt', dataBase64: b64('original') } });
    expect(await call('attachments.verify', { id: e.attachment!.id })).toMatchObject({ matches: true });
    h.sqlite().prepare('update attachments set data = ?').run(Buffer.from('tampered'));
    const v = await call('attachments.verify', { id: e.attachment!.id });
    expect(v).toMatchObject({ matches: false, recorded: e.attachment!.sha256, sha256: createHash('sha256').update('tampered').digest('hex') });
  });

  it('accepts exactly 20 MB; refuses one byte more, an empty file and non-base64, writing nothing', async () => {
    const c = await first();
    const add = (dataBase64: string) => h.client.raw('leadership.evidenceAdd', { commitmentId: c.id, description: 'Big', file: { name: 'big.bin', dataBase64 } });
    const over = expectError(await add(Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 7).toString('base64')), 'VALIDATION');
    expect([over.message, fieldsOf(over)]).toEqual(['The file is larger than 20 MB.', ['file.dataBase64']]);
    expect(fieldsOf(expectError(await add(''), 'VALIDATION'))).toEqual(['file.dataBase64']);
    expect(fieldsOf(expectError(await add('not base64!'), 'VALIDATION'))).toEqual(['file.dataBase64']);
    expect([rowCount(h.sqlite(), 'attachments'), rowCount(h.sqlite(), 'leadership_evidence')]).toEqual([0, 0]);
    const ok = await h.client.call('leadership.evidenceAdd', { commitmentId: c.id, description: 'Big', file: { name: 'big.bin', dataBase64: Buffer.alloc(ATTACHMENT_MAX_BYTES, 7).toString('base64') } });
    expect(ok.attachment?.size).toBe(ATTACHMENT_MAX_BYTES);
  });

  it('edits evidence, and deleting it deletes its file', async () => {
    const c = await first();
    const e = await call('leadership.evidenceAdd', { commitmentId: c.id, description: 'Old', file: { name: 'x.txt', dataBase64: b64('x') } });
    expect(await call('leadership.evidenceUpdate', { id: e.id, description: 'New', evidenceDate: '2026-11-01' })).toMatchObject({ description: 'New', evidenceDate: '2026-11-01', attachment: e.attachment });
    await call('leadership.evidenceDelete', { id: e.id });
    expect([rowCount(h.sqlite(), 'attachments'), rowCount(h.sqlite(), 'leadership_evidence')]).toEqual([0, 0]);
    expectError(await h.client.raw('attachments.download', { id: e.attachment!.id }), 'NOT_FOUND');
    expectError(await h.client.raw('leadership.evidenceDelete', { id: e.id }), 'NOT_FOUND');
    expectError(await h.client.raw('leadership.evidenceAdd', { commitmentId: RANDOM_ID, description: 'x' }), 'NOT_FOUND');
  });
});
