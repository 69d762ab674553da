import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { contract, METHOD_NAMES } from '../../shared/contract';
import { ATTACHMENT_MAX_BASE64 } from '../../shared/contract/attachments';
import { EXPORT_DOCS } from '../../shared/contract/export';
import type { ErrorCode } from '../../shared/errors';
import { dispatch } from '../../electron/core/dispatcher';
import { RANDOM_ID, expectError, fieldsOf, harness, openHarness, type Harness } from '../core/helpers';

const HUGE = 'x'.repeat(1_000_000);
const BAD_ID = 'not-a-uuid';
const validIssue = { title: 'Valid', kind: 'external', category: 'legal', swot: 'threat' };
const DOC = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Policy text' }] }] };
const BAD_LINK_DOC = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
const HUGE_DOC = { type: 'doc', content: Array.from({ length: 30_000 }, () => ({ type: 'paragraph' })) };
const validPolicy = { title: 'Policy', kind: 'topic' };

/** [method, input, expected code, field named by a VALIDATION error ('' = the input itself)] */
type Case = [string, unknown, ErrorCode, string?];

const families: Record<string, Case[]> = {
  workspace: [
    ['workspace.create', {}, 'VALIDATION', 'organisation'],
    ['workspace.create', { organisation: 42 }, 'VALIDATION', 'organisation'],
    ['workspace.create', { organisation: '   ' }, 'VALIDATION', 'organisation'],
    ['workspace.create', { organisation: HUGE }, 'VALIDATION', 'organisation'],
    ['workspace.create', { organisation: 'Ok', sector: 'Space mining' }, 'VALIDATION', 'sector'],
    ['workspace.create', { organisation: 'Ok', engagement: HUGE }, 'VALIDATION', 'engagement'],
    ['workspace.create', { organisation: 'Ok', path: '' }, 'VALIDATION', 'path'],
    ['workspace.create', { organisation: 'Ok', path: HUGE }, 'VALIDATION', 'path'],
    ['workspace.create', { organisation: 'Ok', path: ['a'] }, 'VALIDATION', 'path'],
    ['workspace.create', null, 'VALIDATION', 'organisation'],
    ['workspace.create', [], 'VALIDATION', ''],
    ['workspace.create', 42, 'VALIDATION', ''],
    ['workspace.create', 'Acme', 'VALIDATION', ''],
    ['workspace.open', { path: 123 }, 'VALIDATION', 'path'],
    ['workspace.open', { path: '   ' }, 'VALIDATION', 'path'],
    // The page never names a file (issue 10, item 4): any path is refused, however plausible.
    ['workspace.open', { path: '/definitely/not/here.isms' }, 'VALIDATION', 'path'],
    ['workspace.saveCopy', { path: '/tmp/copy.isms' }, 'VALIDATION', 'path'],
    ['workspace.open', { recent: '/definitely/not/in/the/list.isms' }, 'NOT_FOUND'],
    ['workspace.open', { recent: 5 }, 'VALIDATION', 'recent'],
    ['workspace.open', { takeOver: 'yes' }, 'VALIDATION', 'takeOver'],
    ['workspace.forget', {}, 'VALIDATION', 'path'],
    ['workspace.info', { sneaky: true }, 'VALIDATION', ''],
    ['workspace.close', [], 'VALIDATION', ''],
    ['workspace.recent', 7, 'VALIDATION', ''],
    ['workspace.update', { organisation: '' }, 'VALIDATION', 'organisation'],
    ['workspace.update', { organisation: HUGE }, 'VALIDATION', 'organisation'],
    ['workspace.saveCopy', { path: false }, 'VALIDATION', 'path'],
  ],
  people: [
    ['people.create', {}, 'VALIDATION', 'name'],
    ['people.create', null, 'VALIDATION', 'name'],
    ['people.create', { name: 12 }, 'VALIDATION', 'name'],
    ['people.create', { name: HUGE }, 'VALIDATION', 'name'],
    ['people.create', { name: 'Ok', email: HUGE }, 'VALIDATION', 'email'],
    ['people.create', { name: 'Ok', email: 'nope' }, 'VALIDATION', 'email'],
    ['people.create', { name: 'Ok', jobTitle: { a: 1 } }, 'VALIDATION', 'jobTitle'],
    ['people.create', { name: 'Ok', unitId: BAD_ID }, 'VALIDATION', 'unitId'],
    ['people.create', { name: 'Ok', unitId: RANDOM_ID }, 'NOT_FOUND'],
    ['people.create', ['name'], 'VALIDATION', ''],
    ['people.get', {}, 'VALIDATION', 'id'],
    ['people.get', { id: BAD_ID }, 'VALIDATION', 'id'],
    ['people.get', { id: "' or 1=1 --" }, 'VALIDATION', 'id'],
    ['people.get', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['people.update', { name: 'No id' }, 'VALIDATION', 'id'],
    ['people.update', { id: RANDOM_ID, name: 'Ghost' }, 'NOT_FOUND'],
    ['people.delete', { id: 42 }, 'VALIDATION', 'id'],
    ['people.delete', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['people.list', { limit: 0 }, 'VALIDATION', 'limit'],
    ['people.list', { limit: 501 }, 'VALIDATION', 'limit'],
    ['people.list', { limit: 1.5 }, 'VALIDATION', 'limit'],
    ['people.list', { limit: '10' }, 'VALIDATION', 'limit'],
    ['people.list', { offset: -1 }, 'VALIDATION', 'offset'],
    ['people.list', { sort: 'password' }, 'VALIDATION', 'sort'],
    ['people.list', { dir: 'up' }, 'VALIDATION', 'dir'],
    ['people.list', { search: HUGE }, 'VALIDATION', 'search'],
    ['people.list', { unitId: BAD_ID }, 'VALIDATION', 'unitId'],
    ['people.unitCreate', { name: '' }, 'VALIDATION', 'name'],
    ['people.unitCreate', { name: 'U', description: HUGE }, 'VALIDATION', 'description'],
    ['people.unitCreate', { name: 'U', parentId: BAD_ID }, 'VALIDATION', 'parentId'],
    ['people.unitCreate', { name: 'U', parentId: RANDOM_ID }, 'NOT_FOUND'],
    ['people.unitUpdate', { id: RANDOM_ID, name: 'U' }, 'NOT_FOUND'],
    ['people.unitDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['people.unitList', { all: true }, 'VALIDATION', ''],
  ],
  context: [
    ['context.create', {}, 'VALIDATION', 'title'],
    ['context.create', { ...validIssue, title: HUGE }, 'VALIDATION', 'title'],
    ['context.create', { ...validIssue, description: HUGE }, 'VALIDATION', 'description'],
    ['context.create', { ...validIssue, effect: 5 }, 'VALIDATION', 'effect'],
    ['context.create', { ...validIssue, kind: 'cosmic' }, 'VALIDATION', 'kind'],
    ['context.create', { ...validIssue, category: 'culture' }, 'VALIDATION', 'category'],
    ['context.create', { ...validIssue, swot: 'strength' }, 'VALIDATION', 'swot'],
    ['context.create', { ...validIssue, impact: 'extreme' }, 'VALIDATION', 'impact'],
    ['context.create', { ...validIssue, reviewDate: '2026-13-01' }, 'VALIDATION', 'reviewDate'],
    ['context.create', { ...validIssue, reviewDate: '29/11/2026' }, 'VALIDATION', 'reviewDate'],
    ['context.create', { ...validIssue, ownerId: BAD_ID }, 'VALIDATION', 'ownerId'],
    ['context.create', { ...validIssue, ownerId: RANDOM_ID }, 'NOT_FOUND'],
    ['context.create', 3.14, 'VALIDATION', ''],
    ['context.get', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['context.get', { id: BAD_ID }, 'VALIDATION', 'id'],
    ['context.update', { ...validIssue }, 'VALIDATION', 'id'],
    ['context.updateMany', { ids: [RANDOM_ID], reviewDate: '2027-01-01' }, 'NOT_FOUND'],
    ['context.updateMany', { ids: [RANDOM_ID], reviewDate: '31/12/2027' }, 'VALIDATION', 'reviewDate'],
    ['context.updateMany', { ids: [RANDOM_ID] }, 'VALIDATION', 'ownerId'],
    ['context.update', { ...validIssue, id: RANDOM_ID }, 'NOT_FOUND'],
    ['context.delete', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['context.delete', { id: null }, 'VALIDATION', 'id'],
    ['context.list', { kind: 'both' }, 'VALIDATION', 'kind'],
    ['context.list', { sort: 'id' }, 'VALIDATION', 'sort'],
    ['context.list', { search: HUGE }, 'VALIDATION', 'search'],
  ],
  policies: [
    ['policies.create', {}, 'VALIDATION', 'title'],
    ['policies.create', { ...validPolicy, title: HUGE }, 'VALIDATION', 'title'],
    ['policies.create', { ...validPolicy, kind: 'secret' }, 'VALIDATION', 'kind'],
    ['policies.create', { ...validPolicy, templateKey: 'iso-text' }, 'VALIDATION', 'templateKey'],
    ['policies.create', { ...validPolicy, templateKey: '__proto__' }, 'VALIDATION', 'templateKey'],
    ['policies.create', { ...validPolicy, reviewMonths: 0 }, 'VALIDATION', 'reviewMonths'],
    ['policies.create', { ...validPolicy, reviewMonths: 1.5 }, 'VALIDATION', 'reviewMonths'],
    ['policies.create', { ...validPolicy, reviewMonths: '12' }, 'VALIDATION', 'reviewMonths'],
    ['policies.create', { ...validPolicy, ownerId: BAD_ID }, 'VALIDATION', 'ownerId'],
    ['policies.create', { ...validPolicy, ownerId: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.get', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.get', { id: BAD_ID }, 'VALIDATION', 'id'],
    ['policies.update', { id: RANDOM_ID, title: 'X' }, 'NOT_FOUND'],
    ['policies.update', { id: RANDOM_ID, title: 'X', reviewDate: '2026-02-30' }, 'VALIDATION', 'reviewDate'],
    ['policies.delete', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.getVersion', { versionId: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.saveDraft', { policyId: RANDOM_ID, content: DOC }, 'NOT_FOUND'],
    ['policies.saveDraft', { policyId: RANDOM_ID, content: '<p>html</p>' }, 'VALIDATION', 'content'],
    ['policies.saveDraft', { policyId: RANDOM_ID, content: BAD_LINK_DOC }, 'VALIDATION', 'content.content.0.content.0.marks.0.attrs.href'],
    ['policies.saveDraft', { policyId: RANDOM_ID, content: HUGE_DOC }, 'VALIDATION', 'content'],
    ['policies.saveDraft', { policyId: RANDOM_ID, content: DOC, changeNote: HUGE }, 'VALIDATION', 'changeNote'],
    ['policies.saveDraft', { policyId: RANDOM_ID, content: DOC, major: 'yes' }, 'VALIDATION', 'major'],
    ['policies.updateVersion', { versionId: RANDOM_ID, content: DOC }, 'NOT_FOUND'],
    ['policies.updateVersion', { versionId: RANDOM_ID, content: { type: 'doc', content: [{ type: 'script' }] } }, 'VALIDATION', 'content.content.0.type'],
    ['policies.submit', { versionId: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.returnToDraft', { versionId: BAD_ID }, 'VALIDATION', 'versionId'],
    ['policies.approve', { versionId: RANDOM_ID, approverId: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.approve', { versionId: RANDOM_ID }, 'VALIDATION', 'approverId'],
    ['policies.approve', { versionId: RANDOM_ID, approverId: RANDOM_ID, approvedOn: 'yesterday' }, 'VALIDATION', 'approvedOn'],
    ['policies.publish', { versionId: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.publish', { versionId: RANDOM_ID, publishedOn: 20261129 }, 'VALIDATION', 'publishedOn'],
    ['policies.getDiff', { fromVersionId: BAD_ID, toVersionId: RANDOM_ID }, 'VALIDATION', 'fromVersionId'],
    ['policies.getDiff', { fromVersionId: RANDOM_ID, toVersionId: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.distributionAdd', {}, 'VALIDATION', 'policyId'],
    ['policies.distributionAdd', { policyId: RANDOM_ID, personId: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.distributionRemove', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.acknowledge', { versionId: RANDOM_ID, personId: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.acknowledge', { versionId: RANDOM_ID, personId: RANDOM_ID, note: HUGE }, 'VALIDATION', 'note'],
    ['policies.acknowledgeMany', { versionId: RANDOM_ID, personIds: 'not-a-list' }, 'VALIDATION', 'personIds'],
    ['policies.acknowledgeMany', { versionId: RANDOM_ID, personIds: [RANDOM_ID] }, 'NOT_FOUND'],
    ['policies.acknowledgementDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['policies.listTemplates', { all: true }, 'VALIDATION', ''],
    ['policies.list', [], 'VALIDATION', ''],
  ],
  roles: [
    ['roles.create', {}, 'VALIDATION', 'name'],
    ['roles.create', { name: HUGE }, 'VALIDATION', 'name'],
    ['roles.create', { name: 'R', responsibilities: HUGE }, 'VALIDATION', 'responsibilities'],
    ['roles.create', { name: 'R', authorities: 7 }, 'VALIDATION', 'authorities'],
    ['roles.update', { id: RANDOM_ID, name: 'R' }, 'NOT_FOUND'],
    ['roles.update', { id: BAD_ID, name: 'R' }, 'VALIDATION', 'id'],
    ['roles.delete', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['roles.assign', { roleId: RANDOM_ID, personId: RANDOM_ID }, 'NOT_FOUND'],
    ['roles.assign', { roleId: RANDOM_ID }, 'VALIDATION', 'personId'],
    ['roles.assign', { roleId: RANDOM_ID, personId: RANDOM_ID, acceptedOn: 'today' }, 'VALIDATION', 'acceptedOn'],
    ['roles.assignmentUpdate', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['roles.assignmentUpdate', { id: RANDOM_ID, note: HUGE }, 'VALIDATION', 'note'],
    ['roles.unassign', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['roles.activityCreate', { name: 'A' }, 'VALIDATION', 'cells'],
    ['roles.activityCreate', { name: 'A', cells: [{ roleId: RANDOM_ID, value: 'X' }] }, 'VALIDATION', 'cells.0.value'],
    ['roles.activityCreate', { name: 'A', cells: [{ roleId: BAD_ID, value: 'A' }] }, 'VALIDATION', 'cells.0.roleId'],
    ['roles.activityCreate', { name: 'A', cells: [] }, 'VALIDATION', 'cells'],
    ['roles.activityCreate', { name: 'A', cells: [{ roleId: RANDOM_ID, value: 'A' }] }, 'NOT_FOUND'],
    ['roles.activityCreate', { name: 'A', cells: Array.from({ length: 201 }, () => ({ roleId: RANDOM_ID, value: null })) }, 'VALIDATION', 'cells'],
    ['roles.activityUpdate', { id: RANDOM_ID, name: 'A' }, 'NOT_FOUND'],
    ['roles.activityDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['roles.raciSave', { rows: [] }, 'VALIDATION', 'rows'],
    ['roles.raciSave', { rows: 'all' }, 'VALIDATION', 'rows'],
    ['roles.raciSave', { rows: [{ activityId: RANDOM_ID, cells: [] }] }, 'NOT_FOUND'],
    ['roles.getRaci', { roles: true }, 'VALIDATION', ''],
  ],
  leadership: [
    ['leadership.get', { all: 1 }, 'VALIDATION', ''],
    ['leadership.commitmentCreate', {}, 'VALIDATION', 'title'],
    ['leadership.commitmentCreate', { title: HUGE }, 'VALIDATION', 'title'],
    ['leadership.commitmentUpdate', { id: RANDOM_ID, title: 'T', status: 'done' }, 'NOT_FOUND'],
    ['leadership.commitmentUpdate', { id: RANDOM_ID, title: 'T', status: 'finished' }, 'VALIDATION', 'status'],
    ['leadership.commitmentUpdate', { id: RANDOM_ID, title: 'T', status: null }, 'VALIDATION', 'status'],
    ['leadership.commitmentUpdate', { id: RANDOM_ID, title: 'T', status: 'done', ownerId: BAD_ID }, 'VALIDATION', 'ownerId'],
    ['leadership.commitmentDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['leadership.evidenceAdd', { commitmentId: RANDOM_ID, description: 'E' }, 'NOT_FOUND'],
    ['leadership.evidenceAdd', { commitmentId: RANDOM_ID, description: '' }, 'VALIDATION', 'description'],
    ['leadership.evidenceAdd', { commitmentId: RANDOM_ID, description: HUGE }, 'VALIDATION', 'description'],
    ['leadership.evidenceAdd', { commitmentId: RANDOM_ID, description: 'E', evidenceDate: '2026-13-01' }, 'VALIDATION', 'evidenceDate'],
    ['leadership.evidenceAdd', { commitmentId: RANDOM_ID, description: 'E', file: 'minutes.pdf' }, 'VALIDATION', 'file'],
    ['leadership.evidenceAdd', { commitmentId: RANDOM_ID, description: 'E', file: { name: '', dataBase64: 'aGk=' } }, 'VALIDATION', 'file.name'],
    ['leadership.evidenceAdd', { commitmentId: RANDOM_ID, description: 'E', file: { name: '/etc/', dataBase64: 'aGk=' } }, 'VALIDATION', 'file.name'],
    ['leadership.evidenceAdd', { commitmentId: RANDOM_ID, description: 'E', file: { name: 'a', mime: 'not a type', dataBase64: 'aGk=' } }, 'VALIDATION', 'file.mime'],
    ['leadership.evidenceAdd', { commitmentId: RANDOM_ID, description: 'E', file: { name: 'a', dataBase64: 'A'.repeat(ATTACHMENT_MAX_BASE64 + 4) } }, 'VALIDATION', 'file.dataBase64'],
    ['leadership.evidenceAdd', { commitmentId: RANDOM_ID, description: 'E', file: { name: 'a', dataBase64: 42 } }, 'VALIDATION', 'file.dataBase64'],
    ['leadership.evidenceUpdate', { id: RANDOM_ID, description: 'E' }, 'NOT_FOUND'],
    ['leadership.evidenceDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
  ],
  attachments: [
    ['attachments.get', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['attachments.get', { id: BAD_ID }, 'VALIDATION', 'id'],
    ['attachments.download', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['attachments.download', {}, 'VALIDATION', 'id'],
    ['attachments.verify', { id: RANDOM_ID }, 'NOT_FOUND'],
  ],
  readiness: [
    ['readiness.summary', { clause: '4.1' }, 'VALIDATION', ''],
    ['readiness.summary', [], 'VALIDATION', ''],
    ['readiness.summary', 'all', 'VALIDATION', ''],
  ],
  export: [
    ['export.document', {}, 'VALIDATION', 'id'],
    ['export.document', { id: 'everything' }, 'VALIDATION', 'id'],
    ['export.document', { id: 'context-register', path: '' }, 'VALIDATION', 'path'],
    ['export.document', { id: 'context-register', path: HUGE }, 'VALIDATION', 'path'],
    ['export.document', { id: 'context-register', path: 9 }, 'VALIDATION', 'path'],
    ['export.document', { id: 'context-register', path: '/etc/passwd' }, 'VALIDATION', 'path'],
    ['export.list', { format: 'pdf' }, 'VALIDATION', ''],
    ['export.document', { id: 'policy', recordId: BAD_ID }, 'VALIDATION', 'recordId'],
    ['export.document', { id: 'policy', recordId: RANDOM_ID }, 'NOT_FOUND'],
    ['export.document', { id: 'policy' }, 'VALIDATION', 'recordId'],
    ['export.document', { id: 'context-register', format: 'odt' }, 'VALIDATION', 'format'],
    ['export.document', { id: 'context-register', variant: 'latest' }, 'VALIDATION', 'variant'],
  ],
  'unknown methods': [
    ['__proto__', {}, 'NOT_FOUND'],
    ['constructor', {}, 'NOT_FOUND'],
    ['toString', {}, 'NOT_FOUND'],
    ['hasOwnProperty', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['valueOf', null, 'NOT_FOUND'],
    ['', {}, 'NOT_FOUND'],
    ['people', {}, 'NOT_FOUND'],
    ['People.list', {}, 'NOT_FOUND'],
    ['people.list ', {}, 'NOT_FOUND'],
    ['people.drop', {}, 'NOT_FOUND'],
    ['audits.drop', {}, 'NOT_FOUND'],
    [HUGE, {}, 'NOT_FOUND'],
  ],
};

function snapshot(h: Harness) {
  const sqlite = h.sqlite();
  const tables = (sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]).map((t) => t.name);
  const counts = Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n]));
  return { counts, files: readdirSync(h.dir).sort() };
}

describe.each(Object.entries(families))('bad input: %s', (_family, cases) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('Bad Input Co');
    // Some rows, so "nothing was written" compares non-empty tables.
    const p = await h.client.call('people.create', { name: 'Existing Person' });
    await h.client.call('context.create', { title: 'Existing', kind: 'internal', category: 'culture', swot: 'strength', ownerId: p.id });
  });
  afterAll(() => h.cleanup());

  for (const [method, input, code, field] of cases) {
    const name = `${method.slice(0, 40)} ${String(JSON.stringify(input)).slice(0, 50)} -> ${code}${field === undefined ? '' : ` (${field || 'input'})`}`;
    it(name, async () => {
      const before = snapshot(h);
      const envelope = await h.client.renderer(method, input);
      const error = expectError(envelope, code);
      const json = JSON.stringify(envelope);
      expect(json).not.toMatch(/\n\s+at /);
      expect(json).not.toMatch(/\.ts:\d+/);
      expect(json.length).toBeLessThan(5_000); // a huge input is never echoed back
      if (code === 'VALIDATION') expect(fieldsOf(error)).toContain(field);
      expect(snapshot(h)).toEqual(before);
      expect((await h.client.call('workspace.info', {}))?.organisation).toBe('Bad Input Co');
    });
  }
});

describe('dispatcher edge cases', () => {
  it('a method that is not a string is NOT_FOUND', async () => {
    const h = harness();
    try {
      for (const method of [42, null, undefined, {}, ['people.list'], true]) {
        expectError(await h.client.raw(method as unknown as string, {}), 'NOT_FOUND');
      }
    } finally {
      h.cleanup();
    }
  });

  it('an unexpected thrown error becomes INTERNAL with no message, stack or detail, and is logged', async () => {
    const h = await openHarness();
    try {
      const secret = new Error('secret detail in /home/someone/private');
      h.platform.dialogs.chooseSavePath = async () => {
        throw secret;
      };
      const logged: [string, unknown][] = [];
      const envelope = await dispatch({ platform: h.platform, session: h.client.session }, 'export.document', { id: 'context-register' }, (m, e) => logged.push([m, e]));
      const error = expectError(envelope, 'INTERNAL');
      expect(error.details).toBeUndefined();
      const json = JSON.stringify(envelope);
      expect(json).not.toContain('secret');
      expect(json).not.toMatch(/\n\s+at |\.ts:\d+/);
      expect(logged).toEqual([['export.document', secret]]);
    } finally {
      h.cleanup();
    }
  });

  it('a __proto__ key in the input pollutes nothing and is not stored', async () => {
    const h = await openHarness();
    try {
      const input = JSON.parse('{"name":"Proto","__proto__":{"polluted":true},"constructor":{"prototype":{"bad":1}}}');
      const p = await h.client.call('people.create', input);
      expect(p.name).toBe('Proto');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).bad).toBeUndefined();
      expect(Object.keys(p)).not.toContain('polluted');
    } finally {
      h.cleanup();
    }
  });
});

describe('without an open workspace', () => {
  let h: Harness;
  beforeAll(() => void (h = harness()));
  afterAll(() => h.cleanup());

  const samples: Record<string, unknown> = {
    'workspace.update': { organisation: 'X' },
    'workspace.saveCopy': {},
    'people.list': {},
    'people.get': { id: RANDOM_ID },
    'people.create': { name: 'X' },
    'people.update': { id: RANDOM_ID, name: 'X' },
    'people.delete': { id: RANDOM_ID },
    'people.unitList': {},
    'people.unitCreate': { name: 'X' },
    'people.unitUpdate': { id: RANDOM_ID, name: 'X' },
    'people.unitDelete': { id: RANDOM_ID },
    'context.list': {},
    'context.get': { id: RANDOM_ID },
    'context.create': validIssue,
    'context.update': { ...validIssue, id: RANDOM_ID },
    'context.delete': { id: RANDOM_ID },
    'readiness.summary': {},
    'export.document': { id: 'context-register' },
  };

  it.each(Object.keys(samples))('%s is refused with NO_WORKSPACE', async (method) => {
    expect(contract[method as keyof typeof contract].needsWorkspace).toBe(true);
    expectError(await h.client.raw(method, samples[method]), 'NO_WORKSPACE');
    expect(readdirSync(h.dir)).toEqual([]);
  });

  it('every method that needs a workspace is refused without one, never INTERNAL or ok', async () => {
    for (const method of METHOD_NAMES.filter((m) => contract[m].needsWorkspace)) {
      const envelope = await h.client.raw(method, samples[method] ?? {});
      expect(envelope.ok, method).toBe(false);
      if (!envelope.ok) expect(['NO_WORKSPACE', 'VALIDATION'], method).toContain(envelope.error.code);
    }
  });

  it('methods that work without a workspace still answer', async () => {
    expect(await h.client.call('workspace.info', {})).toBeNull();
    expect(await h.client.call('workspace.close', {})).toEqual({ closed: false });
    expect(await h.client.call('workspace.recent', {})).toEqual([]);
    expect((await h.client.call('export.list', {})).map((d) => d.id)).toEqual(['context-register', 'stakeholder-register', 'scope-statement', 'isms-processes', 'leadership-commitments', 'policy', 'policy-acknowledgements', 'raci-matrix', 'raci-matrix-xlsx', 'risk-method', 'risk-register', 'risk-report', 'treatment-plan', 'soa', 'soa-xlsx', 'objectives-plan', 'competence-evidence', 'awareness-record', 'communication-plan', 'documented-information', 'supplier-register', 'monitoring-results', 'metric-values', 'audit-programme', 'audit-programme-xlsx', 'audit-report', 'management-review', 'management-review-minutes', 'nonconformity-log', 'nonconformity-report']);
    expect(await h.client.call('workspace.open', {})).toEqual({ opened: false, info: null });
  });
});
