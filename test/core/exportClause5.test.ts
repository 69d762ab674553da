import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestInput } from '../utils/platform';
import { expectError, fieldsOf, openHarness, RANDOM_ID, START, topManager, type Harness } from './helpers';
import { readDocx, readXlsx } from '../utils/office';

let h: Harness;
beforeEach(async () => {
  h = await openHarness('Acme Ltd');
  h.setNow('2026-11-20T09:00:00.000Z');
});
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: TestInput<M>) => h.client.call(m, i);

/** Policies in this file are written on 2026-11-20 (beforeEach) and approved on 2026-11-25. */
async function publish(policyId: string, approverId: string) {
  h.setNow(START);
  const { current } = await call('policies.get', { id: policyId });
  await call('policies.submit', { versionId: current.id });
  await call('policies.approve', { versionId: current.id, approverId, approvedOn: '2026-11-29' });
  return call('policies.publish', { versionId: current.id, publishedOn: '2026-11-29' });
}

describe('export: the published policy (5.2)', () => {
  it('writes the policy text with a document control table: version, author, approver, dates, next review', async () => {
    const owner = await call('people.create', { name: 'Olivia Owner' });
    const ann = await topManager(h.client, 'Ann Approver');
    const p = await call('policies.create', { title: 'Information classification policy', kind: 'topic', templateKey: 'classification', ownerId: owner.id });
    await call('policies.distributionAdd', { policyId: p.id, personId: ann.id });
    const v = await publish(p.id, ann.id);
    const target = join(h.dir, 'policy.docx');
    expect(await call('export.document', { id: 'policy', recordId: p.id, path: target })).toMatchObject({ saved: true, path: target });
    const doc = await readDocx(target);
    const para = doc.paragraphs;
    const after = (label: string) => para[para.indexOf(label) + 1];
    expect(para).toContain('Document control');
    expect([after('Document id'), after('Version'), after('Status'), after('Prepared by'), after('Owner'), after('Approved by'), after('Approval date'), after('Published on'), after('Next review')]).toEqual([
      'ISMS-5.2-01',
      '1.0',
      'Published',
      'Olivia Owner',
      'Olivia Owner',
      'Ann Approver',
      '2026-11-29',
      '2026-11-29',
      '2027-11-29',
    ]);
    expect(after('Distribution')).toBe('Ann Approver');
    expect(after('Content fingerprint (SHA-256)')).toBe(v.contentSha256);
    // The policy text: headings as Word headings, list items, and the classification table's cells.
    expect(doc.xml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?Information classification policy/);
    expect(para).toContain('Purpose');
    expect(para).toContain('Confidential');
    expect(para).toContain('Would cause serious harm if disclosed');
    expect(para.some((t) => t.startsWith('The owner of the information decides its level'))).toBe(true);
    expect(doc.text).toContain('Acme Ltd');
    expect(doc.text).not.toContain('{{');
    expect(await doc.part('word/numbering.xml')).toContain('w:numFmt');
  });

  it('shows the version in force and the history after a new version is published; lists, marks and links survive', async () => {
    const ann = await topManager(h.client, 'Ann Approver');
    const p = await call('policies.create', { title: 'Backup policy', kind: 'topic' });
    await call('policies.saveDraft', {
      policyId: p.id,
      content: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Backup policy' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Bold rule', marks: [{ type: 'bold' }] }, { type: 'text', text: ' see ' }, { type: 'text', text: 'guidance', marks: [{ type: 'link', attrs: { href: 'https://example.org/backup' } }] }] },
          { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First step' }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nested point' }] }] }] }] }] },
        ],
      },
      changeNote: 'First issue',
    });
    await publish(p.id, ann.id);
    const draft = await call('policies.saveDraft', { policyId: p.id, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Second issue \uFFFE text' }] }] }, changeNote: 'Rewritten' });
    const target = join(h.dir, 'v1.docx');
    await call('export.document', { id: 'policy', recordId: p.id, path: target });
    const first = await readDocx(target);
    expect(first.paragraphs).toContain('Bold rule see guidance');
    expect(first.xml).toMatch(/<w:b\/>[\s\S]*?Bold rule/);
    expect(first.xml).toContain('<w:hyperlink');
    expect(await first.part('word/_rels/document.xml.rels')).toContain('https://example.org/backup');
    expect(first.xml).toMatch(/<w:numPr>[\s\S]*?First step/);
    expect(first.paragraphs).not.toContain('Second issue  text');
    h.setNow('2026-12-01T09:00:00.000Z');
    await call('policies.submit', { versionId: draft.id });
    await call('policies.approve', { versionId: draft.id, approverId: ann.id });
    await call('policies.publish', { versionId: draft.id });
    const next = join(h.dir, 'v2.docx');
    await call('export.document', { id: 'policy', recordId: p.id, path: next });
    const second = await readDocx(next);
    const para = second.paragraphs;
    expect(para[para.indexOf('Version') + 1]).toBe('1.1');
    expect(para).toContain('Second issue  text');
    expect(second.xml).not.toMatch(/[\uFFFE\uFFFF]/);
    // History: newest first, with what changed.
    const history = para.slice(para.indexOf('Change history'));
    expect(history.indexOf('1.1')).toBeLessThan(history.indexOf('1.0'));
    expect(history).toEqual(expect.arrayContaining(['Rewritten', 'First issue', '2026-12-01', '2026-11-29']));
  });

  it('asks for the policy (VALIDATION), refuses an unknown one (NOT_FOUND) or one never published (CONFLICT), writing nothing', async () => {
    const p = await call('policies.create', { title: 'Draft only', kind: 'topic', templateKey: 'backup' });
    const target = join(h.dir, 'never.docx');
    expect(fieldsOf(expectError(await h.client.raw('export.document', { id: 'policy', path: target }), 'VALIDATION'))).toEqual(['recordId']);
    expectError(await h.client.raw('export.document', { id: 'policy', recordId: RANDOM_ID, path: target }), 'NOT_FOUND');
    expect(expectError(await h.client.raw('export.document', { id: 'policy', recordId: p.id, path: target }), 'CONFLICT').message).toBe('"Draft only" has no published version yet. Publish it before exporting.');
    expectError(await h.client.raw('export.document', { id: 'policy', recordId: 'nope', path: target }), 'VALIDATION');
    expect(existsSync(target)).toBe(false);
  });

  it('suggests a file name with the policy title and version', async () => {
    const ann = await topManager(h.client, 'Ann Approver');
    const p = await call('policies.create', { title: 'Information security policy', kind: 'information-security', templateKey: 'information-security' });
    await publish(p.id, ann.id);
    const names: string[] = [];
    h.platform.dialogs.chooseSavePath = async (name) => (names.push(name), join(h.dir, name));
    await call('export.document', { id: 'policy', recordId: p.id });
    await call('export.document', { id: 'raci-matrix-xlsx' });
    expect(names).toEqual(['acme-ltd-information-security-policy-v1.0-2026-11-29.docx', 'acme-ltd-raci-matrix-2026-11-29.xlsx']);
    expect(readdirSync(h.dir).sort()).toEqual(expect.arrayContaining(names));
  });
});

describe('export: roles and the RACI matrix (5.3)', () => {
  async function seeded() {
    const roles = await call('roles.list', {});
    const iris = await call('people.create', { name: 'Iris Manager' });
    await call('roles.assign', { roleId: roles.find((r) => r.key === 'isms-manager')!.id, personId: iris.id, acceptedOn: '2026-11-02' });
    return { roles, matrix: await call('roles.getRaci', {}) };
  }

  it('DOCX: every activity and role, the letters, the legend, and who holds each role', async () => {
    const { matrix } = await seeded();
    const target = join(h.dir, 'raci.docx');
    await call('export.document', { id: 'raci-matrix', path: target });
    const doc = await readDocx(target);
    for (const a of matrix.activities) expect(doc.paragraphs, a.name).toContain(a.name);
    for (const r of matrix.roles) expect(doc.paragraphs, r.name).toContain(r.name);
    expect(doc.paragraphs.filter((t) => t === 'A')).toHaveLength(matrix.activities.length);
    expect(doc.text).toContain('A = Accountable');
    const iris = doc.paragraphs.indexOf('Iris Manager');
    expect(doc.paragraphs[iris + 1]).toBe('2026-11-02');
    expect(doc.paragraphs).toContain('Nobody yet');
    expect(doc.xml).toContain('w:orient="landscape"');
  });

  it('XLSX: the matrix with exactly one A per activity row, and the role catalogue', async () => {
    const { matrix } = await seeded();
    const target = join(h.dir, 'raci.xlsx');
    await call('export.document', { id: 'raci-matrix-xlsx', path: target });
    const wb = await readXlsx(target);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Document control', 'RACI matrix', 'Roles']);
    const sheet = wb.getWorksheet('RACI matrix')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(2);
    expect(sheet.getRow(1).getCell(1).value).toBe('Id');
    expect(header).toEqual(['Activity', ...matrix.roles.map((r) => r.name)]);
    const plain = (v: unknown) => (v && typeof v === 'object' && 'richText' in v ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('') : v);
    matrix.activities.forEach((a, i) => {
      expect(sheet.getRow(2 + i).getCell(1).value).toBe(a.ref);
      const values = (sheet.getRow(2 + i).values as unknown[]).slice(2).map(plain);
      expect(String(values[0]).split('\n')[0]).toBe(a.name);
      expect(values.filter((v) => v === 'A'), a.name).toHaveLength(1);
      for (const c of a.cells) expect(values[1 + matrix.roles.findIndex((r) => r.id === c.roleId)]).toBe(c.value);
    });
    expect(sheet.getRow(2 + matrix.activities.length).values).toEqual([]);
    const roles = wb.getWorksheet('Roles')!;
    expect(roles.getRow(1).values).toEqual([undefined, 'Id', 'Role', 'Responsibilities', 'Authorities', 'Held by', 'Accepted on']);
    expect(roles.getRow(3).getCell(5).value).toBe('Iris Manager');
    expect(roles.getRow(3).getCell(6).value).toEqual(new Date('2026-11-02T00:00:00Z'));
  });

  it('exports an empty matrix, and exporting writes nothing to the workspace', async () => {
    const matrix = await call('roles.getRaci', {});
    for (const a of matrix.activities) await call('roles.activityDelete', { id: a.id, confirm: true });
    const logged = h.sqlite().prepare('select count(*) as n from change_log').get();
    const target = join(h.dir, 'empty.xlsx');
    await call('export.document', { id: 'raci-matrix-xlsx', path: target });
    expect(h.sqlite().prepare('select count(*) as n from change_log').get()).toEqual(logged);
    const doc = join(h.dir, 'empty.docx');
    await call('export.document', { id: 'raci-matrix', path: doc });
    expect((await readDocx(doc)).paragraphs).toContain('No activities recorded yet.');
  });
});
