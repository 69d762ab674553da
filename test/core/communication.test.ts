import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { nextDueOn } from '../../shared/communication';
import { expectError, openHarness, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd'))); // today is 2026-11-29
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: MethodInput<M>) => h.client.call(m, i);
const created = '2026-05-10T08:00:00.000Z';

describe('next due date of a planned communication (7.4)', () => {
  it('once: due on its date until something is logged, then done', () => {
    expect(nextDueOn({ frequency: 'once', startsOn: '2027-02-01', createdAt: created }, null)).toBe('2027-02-01');
    expect(nextDueOn({ frequency: 'once', startsOn: '2027-02-01', createdAt: created }, '2027-02-01')).toBeNull();
  });
  it('recurring: one interval after the latest entry, or its first date (else the day it was planned) while nothing is logged', () => {
    expect(nextDueOn({ frequency: 'monthly', startsOn: null, createdAt: created }, null)).toBe('2026-05-10');
    expect(nextDueOn({ frequency: 'monthly', startsOn: '2026-06-01', createdAt: created }, null)).toBe('2026-06-01');
    expect(nextDueOn({ frequency: 'monthly', startsOn: null, createdAt: created }, '2026-01-31')).toBe('2026-02-28');
    expect(nextDueOn({ frequency: 'quarterly', startsOn: null, createdAt: created }, '2026-06-01')).toBe('2026-09-01');
    expect(nextDueOn({ frequency: 'half-yearly', startsOn: null, createdAt: created }, '2026-06-01')).toBe('2026-12-01');
    expect(nextDueOn({ frequency: 'yearly', startsOn: null, createdAt: created }, '2026-02-28')).toBe('2027-02-28');
    // A start date after the next interval (the plan was restarted later) wins.
    expect(nextDueOn({ frequency: 'monthly', startsOn: '2027-01-15', createdAt: created }, '2026-06-01')).toBe('2027-01-15');
  });
});

describe('communication plan and log (7.4)', () => {
  it('shows a row overdue until a communication is logged against it, then due one interval later; due items follow', async () => {
    const owner = await call('people.create', { name: 'Cora Comms' });
    const row = await call('communication.planCreate', { topic: 'Phishing reminder', audience: 'All staff', frequency: 'quarterly', startsOn: '2026-09-01', channel: 'E-mail', responsibleId: owner.id });
    expect(row).toMatchObject({ ref: 'COM-001', nextDueOn: '2026-09-01', overdue: true, lastCommunicatedOn: null, logEntries: 0, responsibleName: 'Cora Comms' });
    let due = (await call('readiness.summary', {})).due.filter((d) => d.clauseId === '7.4');
    expect(due).toEqual([{ clauseId: '7.4', text: 'Communicate COM-001 "Phishing reminder" to All staff', date: '2026-09-01', overdue: true, route: `/clause/7.4?open=plan:${row.id}` }]);
    const entry = await call('communication.logCreate', { communicatedOn: '2026-11-20', planId: row.id, topic: 'Phishing reminder', audience: 'All staff', channel: 'E-mail', byId: owner.id });
    expect(entry).toMatchObject({ planRef: 'COM-001', byName: 'Cora Comms', attachment: null });
    expect((await call('communication.planList', {}))[0]).toMatchObject({ nextDueOn: '2027-02-20', overdue: false, lastCommunicatedOn: '2026-11-20', logEntries: 1 });
    due = (await call('readiness.summary', {})).due.filter((d) => d.clauseId === '7.4');
    expect(due).toEqual([]);
    const c74 = (await call('readiness.summary', {})).clauses.find((c) => c.id === '7.4')!;
    expect(c74.percent).toBe(100);
  });

  it('refuses a one-off without its date and a log entry in the future, writing nothing; updates are partial', async () => {
    expect(expectError(await h.client.raw('communication.planCreate', { topic: 'Launch', audience: 'All', channel: 'Town hall', frequency: 'once' }), 'VALIDATION').details).toMatchObject({ field: 'startsOn' });
    expect(expectError(await h.client.raw('communication.logCreate', { communicatedOn: '2026-12-01', topic: 'T', audience: 'A', channel: 'C' }), 'VALIDATION').details).toMatchObject({ field: 'communicatedOn' });
    expect(rowCount(h.sqlite(), 'communications')).toBe(0);
    expect(rowCount(h.sqlite(), 'communication_log')).toBe(0);
    const row = await call('communication.planCreate', { topic: 'Launch', audience: 'All', channel: 'Town hall', frequency: 'once', startsOn: '2027-01-10' });
    const changed = await call('communication.planUpdate', { id: row.id, channel: 'Intranet' });
    expect(changed).toMatchObject({ topic: 'Launch', frequency: 'once', startsOn: '2027-01-10', channel: 'Intranet' });
    expect(expectError(await h.client.raw('communication.planUpdate', { id: row.id, startsOn: null }), 'VALIDATION').details).toMatchObject({ field: 'startsOn' });
  });

  it('keeps the log when a plan row is deleted (on confirm), and deletes an entry with its file', async () => {
    const row = await call('communication.planCreate', { topic: 'Newsletter', audience: 'Customers', frequency: 'yearly', channel: 'Newsletter' });
    const entry = await call('communication.logCreate', {
      communicatedOn: '2026-11-01',
      planId: row.id,
      topic: 'Newsletter',
      audience: 'Customers',
      channel: 'Newsletter',
      file: { name: 'newsletter.pdf', mime: 'application/pdf', dataBase64: Buffer.from('%PDF-1.4').toString('base64') },
    });
    expect(entry.attachment).toMatchObject({ name: 'newsletter.pdf', size: 8 });
    const refused = expectError(await h.client.raw('communication.planDelete', { id: row.id }), 'CONFLICT');
    expect((refused.details as { references: Array<{ kind: string; effect: string }> }).references).toEqual([expect.objectContaining({ kind: 'communication.log', effect: 'unlinked' })]);
    await call('communication.planDelete', { id: row.id, confirm: true });
    expect((await call('communication.logList', {}))[0]).toMatchObject({ id: entry.id, planId: null, planRef: null });
    await call('communication.logDelete', { id: entry.id });
    expect(rowCount(h.sqlite(), 'communication_log')).toBe(0);
    expect(rowCount(h.sqlite(), 'attachments')).toBe(0);
  });
});
