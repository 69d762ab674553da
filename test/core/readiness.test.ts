import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { CLAUSES } from '../../shared/clauses';
import { ISMS_PROCESS_SEEDS } from '../../electron/core/catalog/ismsProcesses';
import { ACTIVITY_SEEDS, ROLE_SEEDS } from '../../electron/core/catalog/roles';
import { COMMITMENT_SEEDS } from '../../electron/core/catalog/leadership';
import { METRIC_LIBRARY } from '../../electron/core/catalog/metrics';
import { SKILL_SEEDS } from '../../electron/core/catalog/skills';
import { ANNEX_A } from '../../electron/core/catalog/annexA';
import { THREAT_SEEDS } from '../../electron/core/catalog/threats';
import { VULNERABILITY_SEEDS } from '../../electron/core/catalog/vulnerabilities';
import { expectError, harness, openHarness, rowCount, type Harness } from './helpers';

// The platform clock of the harness is 2026-11-29T10:00Z: "today" is 2026-11-29.
let h: Harness;
beforeEach(async () => void (h = await openHarness()));
afterEach(() => h.cleanup());

type Fields = MethodInput<'context.create'>;
const summary = () => h.client.call('readiness.summary', {});
const clause41 = async () => (await summary()).clauses.find((c) => c.id === '4.1')!;
const create = (f: Fields) => h.client.call('context.create', f);
const ext = (title: string, category: Fields['category'], more: Partial<Fields> = {}): Fields => ({ title, kind: 'external', category, swot: 'threat', ...more });

describe('readiness.summary', () => {
  it('a new workspace: 4.1-4.4 and 5.1-5.3 available at 0 % (seeded content counts only once adopted), every later clause unavailable', async () => {
    const logged = () => h.sqlite().prepare('select table_name as t, count(*) as n from change_log group by table_name order by table_name').all();
    // Creating the workspace wrote its metadata and everything the app ships (4.4 catalog, 5.1 checklist, 5.3 roles and RACI).
    const created = [
      { t: 'controls', n: ANNEX_A.length },
      { t: 'isms_process_links', n: ISMS_PROCESS_SEEDS.reduce((n, p) => n + p.feeds.length, 0) },
      { t: 'isms_processes', n: ISMS_PROCESS_SEEDS.length },
      { t: 'leadership_commitments', n: COMMITMENT_SEEDS.length },
      { t: 'metric_library', n: METRIC_LIBRARY.length },
      { t: 'raci_activities', n: ACTIVITY_SEEDS.length },
      { t: 'raci_entries', n: ACTIVITY_SEEDS.reduce((n, a) => n + Object.keys(a.raci).length, 0) },
      { t: 'risk_method', n: 1 },
      { t: 'roles', n: ROLE_SEEDS.length },
      { t: 'skills', n: SKILL_SEEDS.length },
      { t: 'threats', n: THREAT_SEEDS.length },
      { t: 'vulnerabilities', n: VULNERABILITY_SEEDS.length },
      { t: 'workspace_meta', n: 1 },
    ];
    expect(logged()).toEqual(created);
    const s = await summary();
    expect(s.clauses.map((c) => c.id)).toEqual(CLAUSES.map((c) => c.id));
    const [first, c42, c43, c44, c51, c52, c53, ...rest] = s.clauses;
    expect(first).toMatchObject({ id: '4.1', title: 'Organisation and its context', group: '4', available: true, percent: 0, status: 'not-started' });
    expect(first.criteria).toHaveLength(5);
    expect(first.criteria.every((c) => !c.met)).toBe(true);
    expect(c42).toMatchObject({ id: '4.2', title: 'Interested parties', available: true, percent: 0, status: 'not-started' });
    expect(c42.criteria.map((c) => c.met)).toEqual([false, false, false, false, false]);
    expect(c43).toMatchObject({ id: '4.3', title: 'Scope of the ISMS', available: true, percent: 0, status: 'not-started' });
    expect(c43.criteria.map((c) => c.met)).toEqual([false, false, false, false, false, false]);
    // The 17 seeded processes have inputs, outputs and links, but nobody has adopted them (no owner): nothing met.
    expect(c44).toMatchObject({ id: '4.4', title: 'ISMS and its processes', available: true, percent: 0, status: 'not-started' });
    expect(c44.criteria.map((c) => c.met)).toEqual([false, false, false, false]);
    expect(c44.criteria[0].detail).toBe('0 of 17 processes have an owner');
    for (const c of [c51, c52, c53]) {
      expect(c, c.id).toMatchObject({ available: true, percent: 0, status: 'not-started' });
      expect(c.criteria.length, c.id).toBeGreaterThan(0);
      expect(c.criteria.every((k) => !k.met), c.id).toBe(true);
    }
    expect(rest[0].id).toBe('6.1');
    for (const c of rest) {
      // Every clause 6.1-10.2 is guided; the shipped method, catalogues, Annex A and metric library count only once adopted.
      expect(c, c.id).toMatchObject({ available: true, percent: 0, status: 'not-started' });
    }
    expect(s.overall).toBe(0);
    expect(s.next).toEqual([
      { clauseId: '4.1', text: 'At least one external issue recorded', route: '/clause/4.1' },
      { clauseId: '4.2', text: 'Interested parties identified', route: '/clause/4.2' },
      { clauseId: '4.3', text: 'Processes or services in scope named', route: '/clause/4.3' },
      { clauseId: '4.4', text: 'Process list adopted: owners named for the processes you run', route: '/clause/4.4' },
      { clauseId: '5.1', text: 'Top management is named', route: '/clause/5.1' },
      { clauseId: '5.2', text: 'An information security policy is written', route: '/clause/5.2' },
      { clauseId: '5.3', text: 'Every role states its responsibilities and authorities', route: '/clause/5.3' },
      { clauseId: '6.1', text: '6.1.1 Risks are traced to the 4.1 issues or 4.2 requirements they come from', route: '/clause/6.1' },
      { clauseId: '6.2', text: 'Information security objectives are set', route: '/clause/6.2' },
      { clauseId: '6.3', text: 'Changes to the ISMS are recorded in the change log', route: '/clause/6.3' },
      { clauseId: '7.1', text: 'Resources and budget are recorded', route: '/clause/7.1' },
      { clauseId: '7.2', text: '7.2 a) The competence each ISMS role needs is set (skills and levels)', route: '/clause/7.2' },
      { clauseId: '7.3', text: '7.3 Awareness campaigns are held (2026)', route: '/clause/7.3' },
      { clauseId: '7.4', text: 'A communication plan says what is communicated, to whom, when and how', route: '/clause/7.4' },
      { clauseId: '7.5', text: 'Every mandatory document or record exists', route: '/clause/7.5' },
      { clauseId: '8.1', text: 'Suppliers relevant to the ISMS are recorded', route: '/clause/8.1' },
      { clauseId: '8.2', text: '8.2 A dated risk assessment run is recorded', route: '/clause/8.2' },
      { clauseId: '8.3', text: '8.3 The treatment plan has actions', route: '/clause/8.3' },
      { clauseId: '9.1', text: 'Metrics are defined for what must be monitored', route: '/clause/9.1' },
      { clauseId: '9.2', text: 'An audit programme covers this year', route: '/clause/9.2' },
      { clauseId: '9.3', text: 'A management review is planned or held', route: '/clause/9.3' },
      { clauseId: '10.1', text: '10.1 Opportunities for improvement are recorded (audits, reviews, metrics, suggestions)', route: '/clause/10.1' },
      { clauseId: '10.2', text: '10.2 Nonconformities are recorded with their source, requirement and severity', route: '/clause/10.2' },
    ]);
    expect(s.due).toEqual([]);
    // Readiness only reads.
    expect(logged()).toEqual(created);
  });

  it('each criterion met raises 4.1 by exactly 20 points, up to done', async () => {
    // Overall is the mean of the ten available clauses; 4.2-4.4 (4.4 seeded, no owners), 5.1-5.3, 6.1, 8.2 and 8.3 stay at 0.
    const expectStep = async (percent: number, met: boolean[], nextText: string | null) => {
      const s = await summary();
      const c = s.clauses[0];
      expect(c.criteria.map((k) => k.met)).toEqual(met);
      expect(c.percent).toBe(percent);
      expect(c.status).toBe(percent === 100 ? 'done' : percent === 0 ? 'not-started' : 'in-progress');
      expect(s.clauses.slice(1, 7).map((k) => k.percent)).toEqual([0, 0, 0, 0, 0, 0]);
      // 4.1 is one of the clauses the workbench guides (4.1-4.4, 5.1-5.3, 6.1-6.3, 7.1-7.5, 8.1-8.3, 9.1, 10.1, 10.2), the others still at 0 %.
      expect(s.overall).toBe(Math.round(percent / 23)); // every clause 4.1-10.2 counts
      expect(s.next.filter((n) => n.clauseId === '4.1')).toEqual(nextText === null ? [] : [{ clauseId: '4.1', text: nextText, route: '/clause/4.1' }]);
      expect(s.next.map((n) => n.clauseId)).toEqual(nextText === null ? ['4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '7.1', '7.2', '7.3', '7.4', '7.5', '8.1', '8.2', '8.3', '9.1', '9.2', '9.3', '10.1', '10.2'] : ['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '7.1', '7.2', '7.3', '7.4', '7.5', '8.1', '8.2', '8.3', '9.1', '9.2', '9.3', '10.1', '10.2']);
      return c;
    };
    await expectStep(0, [false, false, false, false, false], 'At least one external issue recorded');

    const a = await create(ext('Recession', 'economic'));
    const s1 = await expectStep(20, [true, false, false, false, false], 'At least one internal issue recorded');
    expect(s1.criteria[0].detail).toBe('1 external issue');

    const b = await create({ title: 'Thin team', kind: 'internal', category: 'resources', swot: 'weakness' });
    await expectStep(40, [true, true, false, false, false], 'External issues considered under at least 3 PESTLE headings');

    const c = await create(ext('Election', 'political'));
    expect((await clause41()).criteria[2]).toMatchObject({ met: false, detail: '2 of 6 headings used' });
    // A second issue under a heading already used does not count twice.
    const d = await create(ext('Tax change', 'economic'));
    expect((await clause41()).percent).toBe(40);
    const e = await create(ext('GDPR fines', 'legal'));
    const s3 = await expectStep(60, [true, true, true, false, false], 'Every issue says how it affects the ISMS');
    expect(s3.criteria[2].detail).toBe('3 of 6 headings used');
    expect(s3.criteria[3].detail).toBe('5 issues without an effect');

    const all = [a, b, c, d, e];
    for (const i of all) {
      await h.client.call('context.update', { ...i, effect: '   ' });
    }
    // Whitespace is not an effect (the contract trims it to '').
    expect((await clause41()).percent).toBe(60);
    for (const i of all) await h.client.call('context.update', { ...i, effect: `Effect of ${i.title}` });
    const s4 = await expectStep(80, [true, true, true, true, false], 'Every issue has a review date and none is overdue');
    expect(s4.criteria[4].detail).toBe('5 issues without a review date');

    for (const [n, i] of all.entries()) {
      if (n === all.length - 1) expect((await clause41()).criteria[4].detail).toBe('1 issue without a review date');
      await h.client.call('context.update', { ...i, effect: `Effect of ${i.title}`, reviewDate: '2027-06-30' });
    }
    const s5 = await expectStep(100, [true, true, true, true, true], null);
    expect(s5.criteria[4].detail).toBeUndefined();
  });

  it('an overdue review date makes the review criterion unmet and shows as overdue in due', async () => {
    const base = { effect: 'affects scope', reviewDate: '2027-06-30' };
    await create(ext('One', 'economic', base));
    await create(ext('Two', 'legal', base));
    await create({ title: 'Three', kind: 'internal', category: 'culture', swot: 'strength', ...base });
    const late = await create(ext('Late review', 'political', base));
    expect((await clause41()).percent).toBe(100);

    await h.client.call('context.update', { ...late, effect: 'x', reviewDate: '2026-11-28' });
    const s = await summary();
    expect(s.clauses[0].percent).toBe(80);
    expect(s.clauses[0].criteria[4]).toMatchObject({ met: false, detail: '1 overdue' });
    expect(s.due).toEqual([{ clauseId: '4.1', text: 'Review the issue "Late review"', date: '2026-11-28', overdue: true, route: '/clause/4.1' }]);
    expect(s.next[0].text).toBe('Every issue has a review date and none is overdue');

    // Due today is not overdue yet.
    await h.client.call('context.update', { ...late, effect: 'x', reviewDate: '2026-11-29' });
    const today = await summary();
    expect(today.clauses[0].percent).toBe(100);
    expect(today.due).toEqual([expect.objectContaining({ date: '2026-11-29', overdue: false })]);
  });

  it('due looks 30 days ahead: day 30 is included, day 31 is not; sorted by date', async () => {
    const dates = ['2026-12-30', '2026-12-29', '2025-01-01', '2026-12-01', '2027-11-29'];
    for (const reviewDate of dates) await create(ext(`Review ${reviewDate}`, 'social', { reviewDate }));
    await create(ext('No date', 'social'));
    const { due } = await summary();
    expect(due.map((d) => [d.date, d.overdue])).toEqual([
      ['2025-01-01', true],
      ['2026-12-01', false],
      ['2026-12-29', false],
    ]);
    expect(due.map((d) => d.text)).toContain('Review the issue "Review 2026-12-29"');
  });

  it('the clock decides what is overdue: the same data a day later', async () => {
    await create(ext('Tomorrow', 'social', { reviewDate: '2026-11-30', effect: 'e' }));
    expect((await summary()).due[0].overdue).toBe(false);
    h.setNow('2026-12-01T09:00:00.000Z');
    expect((await summary()).due[0].overdue).toBe(true);
  });
});

describe('readiness.summary without a workspace', () => {
  it('is refused with NO_WORKSPACE', async () => {
    const bare = harness();
    try {
      expectError(await bare.client.raw('readiness.summary', {}), 'NO_WORKSPACE');
    } finally {
      bare.cleanup();
    }
  });
});
