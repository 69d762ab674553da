import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError, fieldsOf, openHarness, rowCount, type Harness } from './helpers';
import { METRIC_LIBRARY } from '../../electron/core/catalog/metrics';
import { MetricFields } from '../../shared/contract/metrics';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const manual = {
  title: 'Staff trained',
  informationNeed: 'Are staff prepared?',
  baseMeasures: [
    { key: 'done', label: 'Trained' },
    { key: 'staff', label: 'Staff' },
  ],
  formula: 'done / staff * 100',
  unit: '%',
  direction: 'higher' as const,
  greenAt: 90,
  redAt: 70,
  collectionFrequency: 'monthly' as const,
  collectFrom: '2026-09-01',
};

describe('the shipped metric library', () => {
  it('has at least 20 definitions written by us, each valid under the contract, seeded once', async () => {
    expect(METRIC_LIBRARY.length).toBeGreaterThanOrEqual(20);
    expect(new Set(METRIC_LIBRARY.map((m) => m.key)).size).toBe(METRIC_LIBRARY.length);
    for (const m of METRIC_LIBRARY) expect(MetricFields.safeParse(m.definition).success, m.key).toBe(true);
    const lib = await h.client.call('metrics.library', {});
    expect(lib).toHaveLength(METRIC_LIBRARY.length);
    expect(lib.every((e) => e.metricId === null)).toBe(true);
    // The library is not the organisation's own: nothing is adopted until someone adds it.
    expect(await h.client.call('metrics.list', {})).toMatchObject({ total: 0 });
  });

  it('adds a library metric with one click, linked to its Annex A control, editable, and only once', async () => {
    const m = await h.client.call('metrics.addFromLibrary', { key: 'backup-restore-tests' });
    expect(m).toMatchObject({ ref: 'MET-001', title: 'Backup restore tests passed', libraryKey: 'backup-restore-tests', subjectKind: 'control', subjectLabel: expect.stringMatching(/^8\.13 /) });
    const edited = await h.client.call('metrics.update', { id: m.id, greenAt: 99, target: null });
    expect(edited).toMatchObject({ greenAt: 99, target: null, redAt: 90, formula: 'passed / tests * 100' });
    expectError(await h.client.raw('metrics.addFromLibrary', { key: 'backup-restore-tests' }), 'CONFLICT');
    expectError(await h.client.raw('metrics.addFromLibrary', { key: 'nope' }), 'NOT_FOUND');
    expect((await h.client.call('metrics.library', {})).find((e) => e.key === 'backup-restore-tests')?.metricId).toBe(m.id);
  });
});

describe('recording values', () => {
  it('computes the derived value, keeps record time apart from the period, and corrects by superseding', async () => {
    h.setNow('2026-11-05T09:00:00.000Z');
    const m = await h.client.call('metrics.create', manual);
    const first = await h.client.call('metrics.record', { metricId: m.id, period: '2026-10', values: { done: 45, staff: 60 }, comment: 'HR export' });
    expect(first).toMatchObject({ period: '2026-10', value: 75, status: 'amber', source: 'manual', recordedAt: '2026-11-05T09:00:00.000Z', supersedesId: null, supersededById: null });
    // A second value for the same period is refused: it must be a correction.
    const twice = expectError(await h.client.raw('metrics.record', { metricId: m.id, period: '2026-10', values: { done: 1, staff: 2 } }), 'CONFLICT');
    expect(twice.message).toMatch(/already has a value/);
    h.setNow('2026-11-06T10:00:00.000Z');
    const fix = await h.client.call('metrics.supersede', { id: first.id, values: { done: 58, staff: 60 }, comment: 'Late returns counted' });
    expect(fix).toMatchObject({ period: '2026-10', supersedesId: first.id, status: 'green', recordedAt: '2026-11-06T10:00:00.000Z' });
    expect(fix.value).toBeCloseTo(96.67, 2);
    const detail = await h.client.call('metrics.get', { id: m.id });
    expect(detail.measurements.map((x) => [x.id, x.supersededById])).toEqual([[first.id, fix.id], [fix.id, null]]);
    expect(detail.latest).toMatchObject({ measurementId: fix.id, status: 'green' });
    // Only the newest entry can be corrected; the old one stays as it was recorded.
    expectError(await h.client.raw('metrics.supersede', { id: first.id, values: { done: 1, staff: 1 } }), 'CONFLICT');
    expect(detail.measurements[0]).toMatchObject({ value: 75, comment: 'HR export' });
    // Nothing ever updates or deletes a recorded value: the change log has only inserts for them.
    const ops = h.sqlite().prepare("select distinct op from change_log where table_name = 'metric_measurements'").all() as { op: string }[];
    expect(ops.map((o) => o.op)).toEqual(['insert']);
  });

  it('turns red when the lower-is-better criterion is breached, and lists it as flagged', async () => {
    h.setNow('2026-11-05T09:00:00.000Z');
    const m = await h.client.call('metrics.addFromLibrary', { key: 'incidents-per-month' });
    for (const [period, incidents] of [['2026-09', 1], ['2026-10', 3]] as const) await h.client.call('metrics.record', { metricId: m.id, period, values: { incidents } });
    let dash = await h.client.call('metrics.dashboard', {});
    expect(dash.metrics[0]?.latest).toMatchObject({ period: '2026-10', status: 'amber' });
    expect(dash.breaches).toEqual([]);
    await h.client.call('metrics.record', { metricId: m.id, period: '2026-11', values: { incidents: 7 } });
    dash = await h.client.call('metrics.dashboard', {});
    expect(dash.metrics[0]).toMatchObject({ latest: { status: 'red', value: 7 }, previousValue: 3 });
    expect(dash.counts).toMatchObject({ red: 1, green: 0 });
    expect(dash.breaches).toEqual([expect.objectContaining({ ref: m.ref, period: '2026-11', value: 7, criteria: expect.stringMatching(/red above 5/) })]);
  });

  it('refuses bad values through the contract and writes nothing', async () => {
    h.setNow('2026-11-05T09:00:00.000Z');
    const m = await h.client.call('metrics.create', manual);
    const before = rowCount(h.sqlite(), 'metric_measurements');
    const bad: Array<[object, string, string]> = [
      [{ metricId: m.id, period: '2026-10', values: { done: 1, staff: 0 } }, 'VALIDATION', 'Division by zero'],
      [{ metricId: m.id, period: '2026-10', values: { done: 1 } }, 'VALIDATION', 'Give a value for "staff"'],
      [{ metricId: m.id, period: '2026-10', values: { done: 1, staff: 2, extra: 3 } }, 'VALIDATION', 'not a base measure'],
      [{ metricId: m.id, period: '2026-10', values: { done: '1', staff: 2 } }, 'VALIDATION', 'number'],
      [{ metricId: m.id, period: '2026-10', values: { done: 1, staff: Infinity } }, 'VALIDATION', ''],
      [{ metricId: m.id, period: '2026-10', values: { __proto__: 1, staff: 2 } }, 'VALIDATION', ''],
      [{ metricId: m.id, period: '2026-Q4', values: { done: 1, staff: 2 } }, 'VALIDATION', 'not a monthly period'],
      [{ metricId: m.id, period: '2026-12', values: { done: 1, staff: 2 } }, 'VALIDATION', 'has not started'],
      [{ metricId: m.id, period: '', values: { done: 1, staff: 2 } }, 'VALIDATION', ''],
      [{ metricId: '00000000-0000-4000-8000-000000000000', period: '2026-10', values: { done: 1, staff: 2 } }, 'NOT_FOUND', ''],
      [{ metricId: 'x', period: '2026-10', values: {} }, 'VALIDATION', ''],
    ];
    for (const [input, code, text] of bad) {
      const err = expectError(await h.client.raw('metrics.record', input), code as 'VALIDATION');
      expect(err.message, JSON.stringify(input)).toContain(text);
    }
    expect(rowCount(h.sqlite(), 'metric_measurements')).toBe(before);
  });

  it('refuses bad definitions naming the field, and partial updates keep the rest', async () => {
    const cases: Array<[object, string]> = [
      [{ ...manual, formula: 'done / totl' }, 'formula'],
      [{ ...manual, formula: 'done; drop table metrics' }, 'formula'],
      [{ ...manual, greenAt: 50, redAt: 90 }, 'redAt'],
      [{ ...manual, greenAt: 50, redAt: null }, 'redAt'],
      [{ ...manual, baseMeasures: [{ key: 'Done', label: 'x' }] }, 'baseMeasures.0.key'],
      [{ ...manual, baseMeasures: [{ key: 'done', label: 'x' }, { key: 'done', label: 'y' }] }, 'baseMeasures'],
      [{ ...manual, baseMeasures: [] }, 'baseMeasures'],
      [{ ...manual, controlId: '00000000-0000-4000-8000-000000000000' }, 'controlId'],
      [{ ...manual, direction: 'sideways' }, 'direction'],
      [{ ...manual, target: Number.NaN }, 'target'],
      [{ ...manual, autoSource: 'soa-implemented' }, 'baseMeasures'],
      [{ ...manual, title: '' }, 'title'],
    ];
    for (const [input, path] of cases) expect(fieldsOf(expectError(await h.client.raw('metrics.create', input), 'VALIDATION')), JSON.stringify(input)).toContain(path);
    const missing = expectError(await h.client.raw('metrics.create', { ...manual, subjectKind: 'control', controlId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    expect(missing.message).toMatch(/not in the Statement of Applicability/);
    expect(rowCount(h.sqlite(), 'metrics')).toBe(0);
    const m = await h.client.call('metrics.create', { ...manual, dataSource: 'HR' });
    expect(fieldsOf(expectError(await h.client.raw('metrics.update', { id: m.id, formula: 'staff / nobody' }), 'VALIDATION'))).toContain('formula');
    expect(fieldsOf(expectError(await h.client.raw('metrics.update', { id: m.id, redAt: 95 }), 'VALIDATION'))).toContain('redAt');
    const cleared = await h.client.call('metrics.update', { id: m.id, greenAt: null, redAt: null });
    expect(cleared).toMatchObject({ greenAt: null, redAt: null, dataSource: 'HR', formula: manual.formula, collectFrom: '2026-09-01' });
  });

  it('deletes a metric with values only when confirmed, and unlinks people who are deleted', async () => {
    h.setNow('2026-11-05T09:00:00.000Z');
    const rita = await h.client.call('people.create', { name: 'Rita Owner' });
    const m = await h.client.call('metrics.create', { ...manual, ownerId: rita.id, collectorId: rita.id });
    await h.client.call('metrics.record', { metricId: m.id, period: '2026-10', values: { done: 1, staff: 2 } });
    const personRefs = expectError(await h.client.raw('people.delete', { id: rita.id }), 'CONFLICT');
    expect(JSON.stringify(personRefs.details)).toContain('Owner and collector of the metric \\"Staff trained\\"');
    await h.client.call('people.delete', { id: rita.id, confirm: true });
    expect(await h.client.call('metrics.get', { id: m.id })).toMatchObject({ ownerId: null, collectorId: null });
    const refused = expectError(await h.client.raw('metrics.delete', { id: m.id }), 'CONFLICT');
    expect(JSON.stringify(refused.details)).toContain('1 recorded value');
    expect(rowCount(h.sqlite(), 'metrics')).toBe(1);
    await h.client.call('metrics.delete', { id: m.id, confirm: true });
    expect(rowCount(h.sqlite(), 'metrics')).toBe(0);
    expect(rowCount(h.sqlite(), 'metric_measurements')).toBe(0);
  });
});

describe('automatic metrics computed from the workspace', () => {
  it('counts the SoA, overdue treatment actions and policy acknowledgements of a hand-made workspace', async () => {
    h.setNow('2026-11-20T09:00:00.000Z');
    const controls = await h.client.call('controls.list', {});
    const [a, b, c] = controls;
    await h.client.call('controls.update', { id: a!.id, applicable: true, justification: 'x', status: 'implemented' });
    await h.client.call('controls.update', { id: b!.id, applicable: true, justification: 'x', status: 'partial' });
    await h.client.call('controls.update', { id: c!.id, applicable: true, justification: 'x', status: 'implemented' });
    await h.client.call('controls.update', { id: controls[3]!.id, applicable: false, exclusionReason: 'No such thing here' });
    const soa = await h.client.call('metrics.addFromLibrary', { key: 'soa-implemented' });
    expect(soa.autoSource).toBe('soa-implemented');
    const soaValue = await h.client.call('metrics.collect', { id: soa.id });
    expect(soaValue).toMatchObject({ source: 'automatic', period: '2026-11', baseValues: { implemented: 2, applicable: 3 } });
    expect(soaValue.value).toBeCloseTo(66.67, 2);

    const risk = await h.client.call('risk.create', { title: 'Power cut', basis: 'event', event: 'Grid failure', affectsA: true, treatment: 'modify', likelihood: 3, impact: 3 });
    await h.client.call('risk.actionCreate', { riskId: risk.id, title: 'Buy a UPS', dueDate: '2026-11-01', status: 'in-progress' });
    await h.client.call('risk.actionCreate', { riskId: risk.id, title: 'Test the generator', dueDate: '2026-10-01', status: 'done' });
    await h.client.call('risk.actionCreate', { riskId: risk.id, title: 'Second line', dueDate: '2026-12-30', status: 'planned' });
    await h.client.call('risk.actionCreate', { riskId: risk.id, title: 'Old idea', dueDate: '2026-01-01', status: 'cancelled' });
    const overdue = await h.client.call('metrics.addFromLibrary', { key: 'overdue-treatment-actions' });
    expect(await h.client.call('metrics.collect', { id: overdue.id })).toMatchObject({ value: 1, status: 'amber', baseValues: { overdue: 1 } });
    const done = await h.client.call('metrics.addFromLibrary', { key: 'treatment-actions-done' });
    expect(await h.client.call('metrics.collect', { id: done.id })).toMatchObject({ baseValues: { done: 1, planned: 3 } });
    const decided = await h.client.call('metrics.addFromLibrary', { key: 'risks-decided' });
    expect(await h.client.call('metrics.collect', { id: decided.id })).toMatchObject({ value: 100, baseValues: { decided: 1, risks: 1 } });

    // Collecting again in the same period supersedes the earlier automatic value.
    await h.client.call('controls.update', { id: b!.id, status: 'implemented' });
    const again = await h.client.call('metrics.collect', { id: soa.id });
    expect(again).toMatchObject({ value: 100, supersedesId: soaValue.id, status: 'green' });

    // No published policy yet: nothing to divide by, said plainly, nothing written.
    const ack = await h.client.call('metrics.addFromLibrary', { key: 'policy-acknowledged' });
    const none = expectError(await h.client.raw('metrics.collect', { id: ack.id }), 'CONFLICT');
    expect(none.message).toMatch(/Nothing to measure yet.*Division by zero: "recipients" is 0/);
    const manualMetric = await h.client.call('metrics.create', manual);
    expectError(await h.client.raw('metrics.collect', { id: manualMetric.id }), 'CONFLICT');
  });
});

describe('bulk paste and CSV import', () => {
  it('reports a dry run row by row, then records all rows or none', async () => {
    h.setNow('2026-11-05T09:00:00.000Z');
    const m = await h.client.call('metrics.create', manual);
    await h.client.call('metrics.record', { metricId: m.id, period: '2026-10', values: { done: 1, staff: 2 } });
    const text = 'Period,done,staff,Comment\n2026-09,50,60,first\n2026-10,55,60,"fixed, late"\n2026-11,0,0,\n2026-13,1,1,\n2026-08,x,2,\n2026-09,1,1,\n';
    const dry = await h.client.call('metrics.import', { metricId: m.id, text });
    expect(dry.rows.map((r) => r.outcome)).toEqual(['new', 'replaces', 'error', 'error', 'error', 'error']);
    expect(dry.rows[2]!.message).toMatch(/Division by zero/);
    expect(dry.rows[3]!.message).toMatch(/not a monthly period/);
    expect(dry.rows[4]!.message).toMatch(/not a number/);
    expect(dry.rows[5]!.message).toMatch(/appears twice/);
    expect(dry).toMatchObject({ recorded: 0, errors: 4, dryRun: true });
    const before = rowCount(h.sqlite(), 'metric_measurements');
    expectError(await h.client.raw('metrics.import', { metricId: m.id, text, dryRun: false }), 'VALIDATION');
    expect(rowCount(h.sqlite(), 'metric_measurements')).toBe(before);
    const good = 'period\tdone\tstaff\tcomment\n2026-09\t50\t60\tfirst\n2026-10\t55\t60\tfixed, late\n';
    const done = await h.client.call('metrics.import', { metricId: m.id, text: good, dryRun: false });
    expect(done).toMatchObject({ recorded: 2, errors: 0 });
    const detail = await h.client.call('metrics.get', { id: m.id });
    expect(detail.measurements.filter((x) => !x.supersededById).map((x) => [x.period, x.source, x.comment])).toEqual([
      ['2026-09', 'import', 'first'],
      ['2026-10', 'import', 'fixed, late'],
    ]);
    expectError(await h.client.raw('metrics.import', { metricId: m.id, text: 'month,done\n2026-01,1' }), 'VALIDATION');
    expectError(await h.client.raw('metrics.import', { metricId: m.id, text: 'a\u0000b\nc' }), 'UNSUPPORTED_FILE');
  });
});

describe('readiness and search', () => {
  it('shows collections due and overdue on the dashboard and finds metrics by id and words', async () => {
    h.setNow('2026-11-20T09:00:00.000Z');
    const m = await h.client.call('metrics.create', { ...manual, collectFrom: '2026-10-01' });
    let summary = await h.client.call('readiness.summary', {});
    const due = summary.due.filter((d) => d.clauseId === '9.1');
    expect(due).toEqual([
      { clauseId: '9.1', text: 'Record "Staff trained" for October 2026', date: '2026-10-31', overdue: true, route: `/clause/9.1/metric/${m.id}` },
      { clauseId: '9.1', text: 'Collect "Staff trained" for November 2026', date: '2026-11-30', overdue: false, route: `/clause/9.1/metric/${m.id}` },
    ]);
    const clause = summary.clauses.find((c) => c.id === '9.1')!;
    expect(clause).toMatchObject({ available: true });
    expect(clause.criteria.map((c) => c.met)).toEqual([true, true, false, false, false, false]);
    await h.client.call('metrics.record', { metricId: m.id, period: '2026-10', values: { done: 60, staff: 60 } });
    await h.client.call('metrics.record', { metricId: m.id, period: '2026-11', values: { done: 60, staff: 60 } });
    summary = await h.client.call('readiness.summary', {});
    expect(summary.due.filter((d) => d.clauseId === '9.1')).toEqual([]);
    expect(summary.clauses.find((c) => c.id === '9.1')!.criteria.map((c) => c.met)).toEqual([true, true, false, true, true, true]);
    // The register finds it however the id is typed, and filters by derived status.
    for (const text of ['met-1', 'MET1', 'met-001', 'prepared']) expect((await h.client.call('metrics.list', { search: text })).items.map((x) => x.ref), text).toEqual(['MET-001']);
    expect((await h.client.call('metrics.list', { search: 'met-2' })).total).toBe(0);
    expect((await h.client.call('metrics.list', { status: 'green' })).total).toBe(1);
    expect((await h.client.call('metrics.list', { status: 'overdue' })).total).toBe(0);
    const hits = await h.client.call('search.query', { text: 'MET-001' });
    expect(hits.items[0]).toMatchObject({ kind: 'metric', ref: 'MET-001', route: `/clause/9.1/metric/${m.id}` });
    expect((await h.client.call('search.query', { text: 'prepared staff' })).items.map((i) => i.kind)).toContain('metric');
  });
});
