import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Ready Ltd')));
afterEach(() => h.cleanup());

const call: Harness['client']['call'] = (method, input) => h.client.call(method, input);
const clause = async (id: string) => (await call('readiness.summary', {})).clauses.find((c) => c.id === id)!;
const met = async (id: string) => (await clause(id)).criteria.map((c) => c.met);
const upload = { name: 'cert.txt', mime: 'text/plain', dataBase64: Buffer.from('ok').toString('base64') };

describe('readiness of 7.2 and its due items', () => {
  it('goes from nothing to done as requirements, audits, plans, training and the audit after appointment are recorded', async () => {
    expect(await clause('7.2')).toMatchObject({ available: true, percent: 0 });
    const skill = (await call('competence.skillList', {}))[0]!;
    const role = await call('roles.create', { name: 'Security champion' });
    const cara = await call('people.create', { name: 'Cara' });
    const ivan = await call('people.create', { name: 'Ivan' });
    await call('competence.requirementSet', { roleId: role.id, skillId: skill.id, requiredLevel: 3 });
    await call('roles.assign', { roleId: role.id, personId: cara.id, acceptedOn: null });
    expect(await met('7.2')).toEqual([true, false, false, false, true, true, false]);
    const pre = await call('competence.auditCreate', { kind: 'pre-appointment', personId: cara.id, roleId: role.id, auditedOn: '2026-11-02', assessorId: ivan.id, levels: [{ skillId: skill.id, level: 1 }], followUpOn: '2026-11-20' });
    // Audited, but the gap has no plan and the audit after appointment is late (due 2026-11-20, today 2026-11-29).
    expect(await met('7.2')).toEqual([true, true, false, false, true, false, false]);
    const plan = await call('competence.planCreate', { personId: cara.id, skillId: skill.id, targetLevel: 3, dueDate: '2026-11-25' });
    expect(await met('7.2')).toEqual([true, true, false, true, false, false, false]);
    const due = (await call('readiness.summary', {})).due.filter((d) => d.clauseId === '7.2');
    expect(due.map((d) => [d.text, d.date, d.overdue])).toEqual([
      [`Audit after appointment: Cara as Security champion (gaps found in ${pre.ref})`, '2026-11-20', true],
      [`Training ${plan.ref}: Cara, ${skill.name} to level 3`, '2026-11-25', true],
    ]);
    await call('competence.trainingCreate', { personId: cara.id, title: 'Course', completedOn: '2026-11-24', planId: plan.id, levelReached: 3, files: [upload] });
    await call('competence.auditCreate', { kind: 'post-appointment', personId: cara.id, roleId: role.id, auditedOn: '2026-11-28', assessorId: ivan.id });
    expect(await clause('7.2')).toMatchObject({ percent: 100 });
    expect((await call('readiness.summary', {})).due.filter((d) => d.clauseId === '7.2')).toEqual([]);
  });
});

describe('readiness of 7.3 and its due item', () => {
  it('counts campaigns with material, attendance and rating, and everyone reached this year', async () => {
    const ann = await call('people.create', { name: 'Ann' });
    const bob = await call('people.create', { name: 'Bob' });
    expect(await met('7.3')).toEqual([false, false, false, false, false]);
    const c = await call('awareness.campaignCreate', { topic: 'Phishing', heldOn: '2026-05-01' });
    expect(await met('7.3')).toEqual([true, false, false, true, false]);
    expect((await call('readiness.summary', {})).due.filter((d) => d.clauseId === '7.3')).toEqual([{ clauseId: '7.3', text: '2 people not reached by awareness this year', date: '2026-12-31', overdue: false, route: '/clause/7.3?tab=coverage' }]);
    await call('awareness.campaignUpdate', { id: c.id, materialText: 'Slides' });
    await call('awareness.attendanceSave', { campaignId: c.id, rows: [{ personId: ann.id, quizScore: 70 }] });
    expect(await met('7.3')).toEqual([true, true, true, false, false]);
    await call('awareness.campaignUpdate', { id: c.id, effectiveness: 3 });
    await call('awareness.attendanceSave', { campaignId: c.id, rows: [{ personId: ann.id, quizScore: 70 }, { personId: bob.id }] });
    expect(await clause('7.3')).toMatchObject({ percent: 100 });
    expect((await call('readiness.summary', {})).due.filter((d) => d.clauseId === '7.3')).toEqual([]);
  });
});
