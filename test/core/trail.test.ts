import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { TestInput } from '../utils/platform';
import { expectError, openHarness, topManager, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: TestInput<M>) => h.client.call(m, i);
const issue = (title: string) => call('context.create', { title, kind: 'external', category: 'economic', swot: 'threat' });
const verify = () => call('trail.verify', {});
/** Runs SQL on the open file the way another program would: straight to SQLite, around the app. */
const tamper = (sql: string, ...args: unknown[]) => h.sqlite().prepare(sql).run(...args);
const seqOf = (rowId: string, op: string) =>
  h.sqlite().prepare('select seq from change_log where row_id = ? and op = ? order by seq desc limit 1').pluck().get(rowId, op) as number;

describe('trail: what every write records', () => {
  it('records who, when, which record and the values before and after, chained by hash', async () => {
    const created = await issue('Recession risk');
    h.setNow('2026-12-01T09:00:00.000Z');
    await call('context.update', { id: created.id, title: 'Deep recession', kind: 'external', category: 'economic', swot: 'threat', impact: 'high' });
    await call('context.delete', { id: created.id });

    const { total, entries } = await call('trail.history', { rowId: created.id });
    expect(total).toBe(3);
    const [del, upd, ins] = entries;
    expect(ins).toMatchObject({ op: 'insert', table: 'context_issues', actor: 'tester', at: '2026-11-29T10:00:00.000Z', label: 'Recession risk', chained: true });
    expect(ins!.changes).toContainEqual({ field: 'title', before: null, after: 'Recession risk' });
    expect(upd).toMatchObject({ op: 'update', at: '2026-12-01T09:00:00.000Z', label: 'Deep recession' });
    // Only the fields that changed (the stamps are the entry's own who and when).
    expect(upd!.changes).toEqual([
      { field: 'title', before: 'Recession risk', after: 'Deep recession' },
      { field: 'impact', before: 'medium', after: 'high' },
    ]);
    expect(del).toMatchObject({ op: 'delete', label: 'Deep recession' });
    expect(del!.changes).toContainEqual({ field: 'title', before: 'Deep recession', after: null });

    const rows = h.sqlite().prepare('select seq, prev_hash, hash from change_log order by seq').all() as { seq: number; prev_hash: string; hash: string }[];
    expect(rows[0]!.prev_hash).toBe('genesis');
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);

    const report = await verify();
    expect(report).toMatchObject({ ok: true, entries: rows.length, legacyEntries: 0, problems: [], moreProblems: 0, head: rows.at(-1)!.hash });
    expect(report.records).toBeGreaterThan(0);
  });

  it('logs rows SQLite deletes or unlinks through ON DELETE, so the trail still verifies', async () => {
    const owner = await call('people.create', { name: 'Olivia Owner' });
    const owned = await call('context.create', { title: 'Owned', kind: 'internal', category: 'culture', swot: 'strength', ownerId: owner.id });
    const party = await call('parties.create', { name: 'Regulator', type: 'regulator' });
    await call('parties.requirementCreate', { partyId: party.id, text: 'Report breaches', type: 'legal', decision: 'addressed', how: 'Incident procedure' });
    await call('people.delete', { id: owner.id, confirm: true });
    await call('parties.delete', { id: party.id, confirm: true });
    const unlinked = (await call('trail.history', { rowId: owned.id })).entries[0]!;
    expect(unlinked).toMatchObject({ op: 'update', actor: 'tester' });
    expect(unlinked.changes).toEqual([{ field: 'owner_id', before: owner.id, after: null }]);
    const requirementDeletes = await call('trail.history', { table: 'party_requirements' });
    expect(requirementDeletes.entries.map((e) => e.op)).toEqual(['delete', 'insert']);
    expect((await verify()).problems).toEqual([]);
  });

  it('pages the workspace history and filters by table', async () => {
    for (const t of ['A', 'B', 'C']) await issue(t);
    const page = await call('trail.history', { table: 'context_issues', limit: 2, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.entries.map((e) => e.label)).toEqual(['B', 'A']);
    const all = await call('trail.history', {});
    expect(all.total).toBeGreaterThan(3);
    expectError(await h.client.raw('trail.history', { table: 'x; drop table change_log' }), 'VALIDATION');
    expectError(await h.client.raw('trail.history', { rowId: 'not-a-uuid' }), 'VALIDATION');
    expectError(await h.client.raw('trail.history', { limit: 100000 }), 'VALIDATION');
  });
});

describe('trail: tampering outside the app is detected and named', () => {
  it('an edited trail entry', async () => {
    const a = await issue('Original');
    const seq = seqOf(a.id, 'insert');
    tamper("update change_log set after = replace(after, 'Original', 'Forged') where seq = ?", seq);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'altered-entry', seq, rowId: a.id }));
    expect(report.problems.find((p) => p.kind === 'altered-entry')!.message).toContain(`entry ${seq}`);
  });

  it('an entry whose hash was recomputed by hand still breaks the next link', async () => {
    const a = await issue('One');
    await issue('Two');
    const seq = seqOf(a.id, 'insert');
    tamper("update change_log set actor = 'mallory', hash = 'f00d' where seq = ?", seq);
    const report = await verify();
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'altered-entry', seq }));
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'broken-link', seq: seq + 1 }));
  });

  it('a deleted trail entry in the middle and at the end', async () => {
    const a = await issue('One');
    const b = await issue('Two');
    const seqA = seqOf(a.id, 'insert');
    tamper('delete from change_log where seq = ?', seqA);
    let report = await verify();
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'missing-entry', seq: seqA + 1 }));
    expect(report.problems.find((p) => p.kind === 'missing-entry')!.message).toContain(`entry ${seqA} is missing`);
    // Its record now has no entry at all.
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'untracked-record', rowId: a.id }));

    tamper('delete from change_log where seq = ?', seqOf(b.id, 'insert'));
    report = await verify();
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'untracked-record', rowId: b.id }));
  });

  it('a value edited in a record, a record deleted and one added outside the app', async () => {
    const a = await issue('Kept');
    const b = await issue('Deleted');
    tamper("update context_issues set impact = 'low', title = 'Changed' where id = ?", a.id);
    tamper('delete from context_issues where id = ?', b.id);
    tamper(
      "insert into context_issues (id, created_at, updated_at, created_by, updated_by, kind, category, swot, title) values ('3f0c8a3e-9b1d-4c6e-8f2a-5d7e9b0c1a2f', 'x', 'x', 'x', 'x', 'external', 'economic', 'threat', 'Planted')",
    );
    const { problems } = await verify();
    const changed = problems.find((p) => p.kind === 'changed-record')!;
    expect(changed).toMatchObject({ table: 'context_issues', rowId: a.id, seq: seqOf(a.id, 'insert') });
    expect(changed.message).toContain('impact');
    expect(changed.message).toContain('title');
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'missing-record', rowId: b.id }));
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'untracked-record', rowId: '3f0c8a3e-9b1d-4c6e-8f2a-5d7e9b0c1a2f' }));
  });

  it('an evidence file changed outside the app, even with its recorded hash rewritten too', async () => {
    const [commitment] = (await call('leadership.get', {})).commitments;
    const evidence = await call('leadership.evidenceAdd', {
      commitmentId: commitment!.id,
      description: 'Minutes',
      file: { name: 'minutes.txt', mime: 'text/plain', dataBase64: Buffer.from('approved').toString('base64') },
    });
    const fileId = evidence.attachment!.id;
    expect(await call('attachments.verify', { id: fileId })).toMatchObject({ matches: true });
    expect((await verify()).ok).toBe(true);

    tamper('update attachments set data = ? where id = ?', Buffer.from('rejected'), fileId);
    expect(await call('attachments.verify', { id: fileId })).toMatchObject({ matches: false });
    expect((await verify()).problems).toContainEqual(expect.objectContaining({ kind: 'attachment', rowId: fileId }));

    // Rewriting the hash column to match the new bytes: the trail still holds the original hash.
    const forged = (await call('attachments.verify', { id: fileId })).sha256;
    tamper('update attachments set sha256 = ? where id = ?', forged, fileId);
    const check = await call('attachments.verify', { id: fileId });
    expect(check).toMatchObject({ matches: false, recorded: forged });
    expect(check.trailRecorded).not.toBe(forged);
    const { problems } = await verify();
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'attachment', rowId: fileId }));
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'changed-record', rowId: fileId }));
  });

  it('published policy text changed outside the app: verify flags it and the export refuses', async () => {
    const approver = await topManager(h.client, 'Ann Approver');
    const p = await call('policies.create', { title: 'Backup policy', kind: 'topic', templateKey: 'backup' });
    const { current } = await call('policies.get', { id: p.id });
    await call('policies.submit', { versionId: current.id });
    await call('policies.approve', { versionId: current.id, approverId: approver.id });
    await call('policies.publish', { versionId: current.id });
    const target = join(h.dir, 'policy.docx');
    expect(await call('export.document', { id: 'policy', recordId: p.id, path: target })).toMatchObject({ saved: true });
    expect((await verify()).ok).toBe(true);

    const content = h.sqlite().prepare('select content from policy_versions where id = ?').pluck().get(current.id) as string;
    tamper('update policy_versions set content = ? where id = ?', content.replace(/"text":"[^"]+"/, '"text":"Backups are optional."'), current.id);
    const { problems } = await verify();
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'policy-text', rowId: current.id }));
    const err = expectError(await h.client.raw('export.document', { id: 'policy', recordId: p.id, path: join(h.dir, 'again.docx') }), 'CONFLICT');
    expect(err.message).toContain('no longer matches');
  });

  it('an unchained entry appended after chained ones', async () => {
    const a = await issue('One');
    tamper("insert into change_log (at, actor, table_name, row_id, op) values ('2026-01-01', 'mallory', 'context_issues', ?, 'update')", a.id);
    const { problems } = await verify();
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'unchained', rowId: a.id }));
  });
});

describe('trail: every area writes through it', () => {
  it('a workspace used across areas (risk method, assets, risks, controls) verifies clean', async () => {
    await call('risk.method', {});
    const asset = await call('risk.assetCreate', { name: 'HR files', confidentiality: 4, integrity: 3, availability: 1 });
    const risk = await call('risk.create', { title: 'Something happens', basis: 'event', event: 'Flood', affectsA: true, likelihood: 3, impact: 4 });
    await call('risk.delete', { id: risk.id });
    await call('risk.assetDelete', { id: asset.id });
    await call('controls.list', {});
    const report = await verify();
    expect(report.problems).toEqual([]);
    expect(report.records).toBeGreaterThan(100);
  });
});

describe('trail: workspaces from before the chain', () => {
  it('an upgraded schema-1 file verifies, its early entries counted as not covered', async () => {
    const { copyFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const old = join(h.dir, 'old.isms');
    copyFileSync(resolve(__dirname, '../fixtures/workspace-v1.isms'), old);
    await call('workspace.open', { path: old });
    const before = await verify();
    expect(before).toMatchObject({ ok: true, problems: [] });
    expect(before.legacyEntries).toBeGreaterThan(0);
    const person = await call('people.create', { name: 'New Person' });
    const after = await verify();
    expect(after).toMatchObject({ ok: true, legacyEntries: before.legacyEntries, entries: before.entries + 1 });
    expect((await call('trail.history', { rowId: person.id })).entries[0]).toMatchObject({ chained: true, op: 'insert' });
    const legacy = (await call('trail.history', { limit: 500 })).entries.filter((e) => !e.chained);
    expect(legacy.length).toBe(before.legacyEntries);
  });
});
