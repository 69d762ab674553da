import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './helpers';

/**
 * Issue 11, item 9: readiness counts "modified or shared without a control" (6.1.3) and "treated
 * without an action" (8.3) from risk_coverage, which triggers keep (migration 0018). Whatever the
 * services do to risks, their links and actions, the table must say what the link tables say.
 */
let h: Harness;
beforeEach(async () => void (h = await openHarness('Coverage Co')));
afterEach(() => h.cleanup());

function expectInStep() {
  const db = h.sqlite();
  const kept = db.prepare('select risk_id, treatment, controls, actions from risk_coverage order by risk_id').all();
  const counted = db
    .prepare(
      `select r.id as risk_id, r.treatment, (select count(*) from risk_controls where risk_id = r.id) as controls,
         (select count(*) from treatment_actions where risk_id = r.id) as actions from risks as r order by r.id`,
    )
    .all();
  expect(kept).toEqual(counted);
  // risk_cells: the heat maps' counts, an unassessed residual in cell 0 x 0.
  const cells = db.prepare('select kind, likelihood, impact, risks from risk_cells where risks <> 0 order by kind, likelihood, impact').all();
  const grouped = db
    .prepare(
      `select * from (select 'inherent' as kind, likelihood, impact, count(*) as risks from risks group by likelihood, impact
       union all select 'residual', coalesce(residual_likelihood, 0), coalesce(residual_impact, 0), count(*) from risks group by 2, 3)
       order by kind, likelihood, impact`,
    )
    .all();
  expect(cells).toEqual(grouped);
}

/** The two criteria as the link tables answer them, asked of risks directly. */
function direct() {
  const one = (q: string) => (h.sqlite().prepare(q).get() as { n: number }).n;
  return {
    withoutControl: one("select count(*) as n from risks as r where treatment in ('modify', 'share') and not exists (select 1 from risk_controls where risk_id = r.id)"),
    withoutAction: one("select count(*) as n from risks as r where treatment in ('modify', 'share', 'avoid') and not exists (select 1 from treatment_actions where risk_id = r.id)"),
  };
}

async function criteria() {
  const s = await h.client.call('readiness.summary', {});
  const c61 = s.clauses.find((c) => c.id === '6.1')!.criteria.find((c) => c.label.startsWith('6.1.3 Risks being modified'))!;
  const c83 = s.clauses.find((c) => c.id === '8.3')!.criteria.find((c) => c.label.startsWith('8.3 Every risk being treated'))!;
  return { c61, c83 };
}

async function expectCriteria(withoutControl: number, withoutAction: number) {
  expectInStep();
  expect(direct()).toEqual({ withoutControl, withoutAction });
  const { c61, c83 } = await criteria();
  expect(c61.detail ?? '').toBe(withoutControl ? `${withoutControl} risk${withoutControl === 1 ? '' : 's'} without a control` : '');
  if (c83.detail !== undefined || withoutAction) expect(c83.detail ?? '').toBe(withoutAction ? `${withoutAction} risk${withoutAction === 1 ? '' : 's'} without an action` : '');
}

describe('risk_coverage and risk_cells keep the counts that readiness and the heat maps read', () => {
  it('follows creates, link changes, treatment changes, actions moved and deleted, custom controls deleted and risks deleted', async () => {
    const controls = await h.client.call('controls.list', {});
    const [c1, c2] = [controls[0].id, controls[1].id];
    const custom = await h.client.call('controls.createCustom', { title: 'Our own check' });
    const ev = { basis: 'event', event: 'Something happens', affectsC: true } as const;
    await expectCriteria(0, 0);

    const a = await h.client.call('risk.create', { ...ev, title: 'A', treatment: 'modify' } as never);
    await expectCriteria(1, 1);
    const b = await h.client.call('risk.create', { ...ev, title: 'B', treatment: 'share', controlIds: [c1, c2] } as never);
    await expectCriteria(1, 2);
    const c = await h.client.call('risk.create', { ...ev, title: 'C', treatment: 'undecided', controlIds: [custom.id] } as never);
    await expectCriteria(1, 2);

    await h.client.call('risk.update', { id: a.id, controlIds: [c2] });
    await expectCriteria(0, 2);
    // Scores moved: the heat-map cells follow (inherent, residual set, changed and cleared).
    await h.client.call('risk.update', { id: a.id, likelihood: 5, impact: 4, residualLikelihood: 2, residualImpact: 2 });
    await h.client.call('risk.update', { id: b.id, residualLikelihood: 1, residualImpact: 3 });
    await h.client.call('risk.update', { id: a.id, residualLikelihood: 3 });
    await h.client.call('risk.update', { id: b.id, residualLikelihood: null, residualImpact: null });
    await expectCriteria(0, 2);
    const maps = await h.client.call('risk.heatmaps', {});
    expect(maps.total).toBe(3);
    expect(maps.withoutResidual).toBe(2);
    expect(maps.inherent[4][3]).toBe(1);
    expect(maps.residual[2][1]).toBe(1);
    expect(maps.residual.flat().reduce((x, y) => x + y, 0)).toBe(1);
    await h.client.call('risk.update', { id: c.id, treatment: 'modify' });
    await expectCriteria(0, 3);
    // Deleting the custom control removes C's only link (a cascade in SQLite, logged by the write helper).
    await h.client.call('controls.deleteCustom', { id: custom.id, confirm: true });
    await expectCriteria(1, 3);

    const act = await h.client.call('risk.actionCreate', { riskId: a.id, title: 'Patch' } as never);
    await expectCriteria(1, 2);
    await h.client.call('risk.actionCreate', { riskId: a.id, title: 'Train' } as never);
    await expectCriteria(1, 2);
    // No method moves an action to another risk; if anything ever does, the trigger recounts both.
    h.sqlite().prepare('update treatment_actions set risk_id = ? where id = ?').run(b.id, act.id);
    await expectCriteria(1, 1);
    await h.client.call('risk.actionDelete', { id: act.id, confirm: true });
    await expectCriteria(1, 2);

    await h.client.call('risk.update', { id: b.id, treatment: 'avoid', controlIds: [] });
    await expectCriteria(1, 2);
    await h.client.call('risk.update', { id: b.id, treatment: 'retain' });
    await expectCriteria(1, 1);
    await h.client.call('risk.delete', { id: a.id, confirm: true });
    await expectCriteria(1, 1);
    await h.client.call('risk.delete', { id: c.id, confirm: true });
    await expectCriteria(0, 0);
    expect((h.sqlite().prepare('select count(*) as n from risk_coverage').get() as { n: number }).n).toBe(1);
    expect((await h.client.call('risk.heatmaps', {})).total).toBe(1);
  });
});
