import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError, fieldsOf, openHarness, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Aware Ltd')));
afterEach(() => h.cleanup());

const call: Harness['client']['call'] = (method, input) => h.client.call(method, input);
const raw = (method: string, input: unknown) => h.client.raw(method, input);
const file = (name: string, text: string) => ({ name, mime: 'application/pdf', dataBase64: Buffer.from(text).toString('base64') });

async function staff() {
  const ann = await call('people.create', { name: 'Ann Accounts' });
  const bob = await call('people.create', { name: 'Bob Builder' });
  const cat = await call('people.create', { name: 'Cat Cloud' });
  const dev = await call('people.create', { name: 'Dev Ops' });
  return { ann, bob, cat, dev };
}

describe('7.3 awareness campaigns', () => {
  it('records a campaign for chosen roles and people, its material file, attendance with quiz scores and who of its audience was missed', async () => {
    const { ann, bob, cat, dev } = await staff();
    const role = await call('roles.create', { name: 'Developers' });
    await call('roles.assign', { roleId: role.id, personId: dev.id, acceptedOn: null });
    await call('roles.assign', { roleId: role.id, personId: cat.id, acceptedOn: null });
    const c = await call('awareness.campaignCreate', { topic: 'Secure coding basics', heldOn: '2026-10-10', audience: 'chosen', roleIds: [role.id], personIds: [ann.id], materialText: 'Slides and a 10-question quiz', materialLink: 'https://intranet.example/secure-coding', materialFile: file('slides.pdf', '%PDF slides'), effectiveness: 4, effectivenessNote: 'Quiz average above 80' });
    expect(c.ref).toBe('AWR-001');
    expect(c.audienceSize).toBe(3);
    expect(c.materialFile?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const saved = await call('awareness.attendanceSave', { campaignId: c.id, rows: [{ personId: dev.id, quizScore: 90 }, { personId: ann.id, quizScore: 75 }, { personId: bob.id }] });
    expect(saved.attended).toBe(3);
    expect(saved.averageScore).toBe(82.5);
    expect(saved.missing.map((m) => m.personName)).toEqual(['Cat Cloud']);
    // Saving again replaces the list: Bob removed, Ann's score changed.
    const again = await call('awareness.attendanceSave', { campaignId: c.id, rows: [{ personId: dev.id, quizScore: 90 }, { personId: ann.id, quizScore: 80 }] });
    expect(again.attendance.map((a) => [a.personName, a.quizScore])).toEqual([['Ann Accounts', 80], ['Dev Ops', 90]]);
    // Partial update: only the rating changes; a new file replaces the old one.
    const updated = await call('awareness.campaignUpdate', { id: c.id, effectiveness: 5, materialFile: file('slides-v2.pdf', '%PDF v2') });
    expect(updated).toMatchObject({ topic: 'Secure coding basics', effectiveness: 5, audience: 'chosen', roleIds: [role.id] });
    expect(updated.materialFile?.name).toBe('slides-v2.pdf');
    expect(rowCount(h.sqlite(), 'attachments')).toBe(1);
    expect((await call('awareness.campaignUpdate', { id: c.id, materialFile: null })).materialFile).toBeNull();
    expect(rowCount(h.sqlite(), 'attachments')).toBe(0);
  });

  it('refuses bad campaigns and attendance with a typed error and writes nothing', async () => {
    const { ann } = await staff();
    const c = await call('awareness.campaignCreate', { topic: 'Phishing', heldOn: '2026-03-01' });
    const before = rowCount(h.sqlite(), 'change_log');
    expect(fieldsOf(expectError(await raw('awareness.campaignCreate', { topic: 'Phishing', heldOn: '2026-03-01', audience: 'chosen' }), 'VALIDATION'))).toEqual(['roleIds']);
    expect(fieldsOf(expectError(await raw('awareness.campaignUpdate', { id: c.id, audience: 'chosen' }), 'VALIDATION'))).toEqual(['roleIds']);
    expect(fieldsOf(expectError(await raw('awareness.campaignCreate', { topic: 'Phishing', heldOn: '2026-03-01', materialLink: 'javascript:alert(1)' }), 'VALIDATION'))).toEqual(['materialLink']);
    expect(fieldsOf(expectError(await raw('awareness.campaignCreate', { topic: 'Phishing', heldOn: '2026-03-01', effectiveness: 9 }), 'VALIDATION'))).toEqual(['effectiveness']);
    expect(fieldsOf(expectError(await raw('awareness.attendanceSave', { campaignId: c.id, rows: [{ personId: ann.id, quizScore: 101 }] }), 'VALIDATION'))).toEqual(['rows.0.quizScore']);
    expect(fieldsOf(expectError(await raw('awareness.attendanceSave', { campaignId: c.id, rows: [{ personId: ann.id }, { personId: ann.id }] }), 'VALIDATION'))).toEqual(['rows']);
    expectError(await raw('awareness.attendanceSave', { campaignId: c.id, rows: [{ personId: ann.id }, { personId: c.id }] }), 'NOT_FOUND');
    expectError(await raw('awareness.campaignCreate', { topic: 'Phishing', heldOn: '2026-03-01', audience: 'chosen', roleIds: [ann.id] }), 'NOT_FOUND');
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before);
  });

  it('deleting a campaign with attendance needs confirmation and takes its material file', async () => {
    const { ann } = await staff();
    const c = await call('awareness.campaignCreate', { topic: 'Clean desk', heldOn: '2026-05-01', materialFile: file('poster.pdf', 'poster') });
    await call('awareness.attendanceSave', { campaignId: c.id, rows: [{ personId: ann.id }] });
    const refused = expectError(await raw('awareness.campaignDelete', { id: c.id }), 'CONFLICT');
    expect((refused.details as { references: { kind: string }[] }).references.map((r) => r.kind)).toEqual(['awareness.attendance']);
    await call('awareness.campaignDelete', { id: c.id, confirm: true });
    expect(rowCount(h.sqlite(), 'awareness_attendance')).toBe(0);
    expect(rowCount(h.sqlite(), 'attachments')).toBe(0);
  });
});

describe('7.3 awareness coverage', () => {
  it('lists who in the people register no campaign of this calendar year reached, with their last campaign', async () => {
    const { ann, bob, cat } = await staff();
    expect(await call('awareness.coverage', {})).toMatchObject({ year: 2026, inScope: 4, reached: 0 });
    const last = await call('awareness.campaignCreate', { topic: 'Phishing 2025', heldOn: '2025-11-01' });
    await call('awareness.attendanceSave', { campaignId: last.id, rows: [{ personId: ann.id }, { personId: bob.id }] });
    const now = await call('awareness.campaignCreate', { topic: 'Phishing 2026', heldOn: '2026-06-01' });
    await call('awareness.attendanceSave', { campaignId: now.id, rows: [{ personId: ann.id }, { personId: cat.id, quizScore: 60 }] });
    const cov = await call('awareness.coverage', {});
    expect(cov).toMatchObject({ year: 2026, inScope: 4, reached: 2 });
    expect(cov.notReached.map((p) => [p.personName, p.lastReachedOn])).toEqual([['Bob Builder', '2025-11-01'], ['Dev Ops', null]]);
    // Last year everyone but Ann and Bob was missed; a new year starts with nobody reached.
    expect((await call('awareness.coverage', { year: 2025 })).notReached.map((p) => p.personName)).toEqual(['Cat Cloud', 'Dev Ops']);
    h.setNow('2027-01-02T09:00:00.000Z');
    expect(await call('awareness.coverage', {})).toMatchObject({ year: 2027, reached: 0, inScope: 4 });
  });

  it('a person added to the register is in scope at once and shows as not reached', async () => {
    await staff();
    const all = await call('awareness.campaignCreate', { topic: 'Welcome briefing', heldOn: '2026-02-01' });
    const everyone = (await call('people.list', { limit: 100 })).items.map((p) => ({ personId: p.id }));
    await call('awareness.attendanceSave', { campaignId: all.id, rows: everyone });
    expect((await call('awareness.coverage', {})).notReached).toEqual([]);
    const newcomer = await call('people.create', { name: 'Nina Newcomer' });
    const cov = await call('awareness.coverage', {});
    expect(cov.notReached.map((p) => p.personId)).toEqual([newcomer.id]);
    expect((await call('awareness.campaignGet', { id: all.id })).missing.map((m) => m.personName)).toEqual(['Nina Newcomer']);
  });
});
