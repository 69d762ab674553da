import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvalDateProblem, evidenceDateProblem, formatDateTime, reviewDateWarning, todayIso } from '../../shared/dates';
import { expectError, fieldsOf, openHarness, topManager, type Harness } from './helpers';

describe('date rules shared by the forms and the services (shared/dates.ts)', () => {
  const today = '2026-12-01';
  it('an approval is neither in the future nor before the record it approves was written', () => {
    expect(approvalDateProblem('2026-12-01', { today, createdAt: '2026-11-29T10:00:00.000Z' })).toBeNull();
    expect(approvalDateProblem('2026-11-29', { today, createdAt: '2026-11-29T23:59:00.000Z' })).toBeNull(); // the same day counts
    expect(approvalDateProblem('2030-01-01', { today, createdAt: '2026-11-29T10:00:00.000Z' })).toBe('An approval cannot be dated in the future.');
    expect(approvalDateProblem('2026-12-02', { today })).toBe('An approval cannot be dated in the future.');
    expect(approvalDateProblem('2019-05-01', { today, createdAt: '2026-11-29T10:00:00.000Z' })).toBe('This version was written on 2026-11-29; it cannot have been approved before that.');
    expect(approvalDateProblem('2019-05-01', { today, createdAt: null })).toBeNull();
  });

  it('evidence is not dated in the future; no date is allowed', () => {
    expect(evidenceDateProblem('2028-01-01', today)).toBe('Evidence cannot be dated in the future.');
    expect(evidenceDateProblem('2026-12-01', today)).toBeNull();
    expect(evidenceDateProblem(null, today)).toBeNull();
  });

  it('a past review date is allowed with a warning; today and later are not warned about', () => {
    expect(reviewDateWarning('2026-11-30', today)).toBe('This date has passed: the review will show as overdue.');
    expect(reviewDateWarning('2026-12-01', today)).toBeNull();
    expect(reviewDateWarning(null, today)).toBeNull();
  });

  it('days are ISO (UTC) and times print as YYYY-MM-DD HH:mm; nonsense is shown as given', () => {
    expect(todayIso(new Date('2026-12-01T23:30:00.000Z'))).toBe('2026-12-01');
    expect(formatDateTime('2026-12-01T09:05:00.000Z')).toMatch(/^2026-12-0[12] \d\d:05$/);
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDateTime('2026-12-01T09:05:07.000Z', { seconds: true })).toMatch(/^2026-12-0[12] \d\d:05:07$/);
  });
});

describe('the services apply the same rules (VALIDATION on the date field, nothing written)', () => {
  let h: Harness;
  beforeEach(async () => void (h = await openHarness('Dates Ltd')));
  afterEach(() => h.cleanup());

  it('scope statement: no approval in the future (2030) or before the statement was written', async () => {
    const ceo = await topManager(h.client, 'Carla CEO'); // document control: an approver holds an approving role
    await h.client.call('scope.statementSave', { text: 'The ISMS covers everything.' });
    const future = expectError(await h.client.raw('scope.statementApprove', { approverId: ceo.id, approvedOn: '2030-01-01' }), 'VALIDATION');
    expect(fieldsOf(future)).toEqual(['approvedOn']);
    const early = expectError(await h.client.raw('scope.statementApprove', { approverId: ceo.id, approvedOn: '2019-01-01' }), 'VALIDATION');
    // The scope statement is approved through document control (services/documentControl.ts), which words it its own way.
    expect(fieldsOf(early)).toEqual(['approvedOn']);
    expect(early.message).toBe('An approval cannot be dated before the document existed (2026-11-29).');
    expect((await h.client.call('scope.statementList', {}))[0].status).toBe('draft');
    expect((await h.client.call('scope.statementApprove', { approverId: ceo.id, approvedOn: '2026-11-29' })).status).toBe('approved');
  });

  it('5.1 evidence: not dated in the future, on add and on update', async () => {
    const { commitments } = await h.client.call('leadership.get', {});
    const c = commitments[0];
    const added = expectError(await h.client.raw('leadership.evidenceAdd', { commitmentId: c.id, description: 'Minutes', evidenceDate: '2028-01-01' }), 'VALIDATION');
    expect(fieldsOf(added)).toEqual(['evidenceDate']);
    expect((await h.client.call('leadership.get', {})).commitments[0].evidence).toEqual([]);
    const e = await h.client.call('leadership.evidenceAdd', { commitmentId: c.id, description: 'Minutes', evidenceDate: '2026-11-28' });
    expect(fieldsOf(expectError(await h.client.raw('leadership.evidenceUpdate', { id: e.id, description: 'Minutes', evidenceDate: '2026-11-30' }), 'VALIDATION'))).toEqual(['evidenceDate']);
    expect((await h.client.call('leadership.get', {})).commitments[0].evidence[0].evidenceDate).toBe('2026-11-28');
  });
});
