import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { ClauseScreen, pickOption, WelcomeScreen } from './pages';
import { rpc } from './seed';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

describe('6.2, 6.3 and 7.1 through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
  });
  afterEach(async () => {
    await e?.close();
  });

  it('adds an objective while the SMART check says what is missing, records progress, approves a change and funds the objective', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 1280, height: 800 });
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Fabrikam Care' });
    // People and the policy come from earlier clauses; set them up through the same contract.
    await rpc(page, 'people.create', { name: 'Olu Owner', jobTitle: 'IT manager' });
    const ceo = await rpc<{ id: string }>(page, 'people.create', { name: 'Carla CEO', jobTitle: 'Chief executive' });
    const top = (await rpc<Array<{ id: string; key: string }>>(page, 'roles.list', {})).find((r) => r.key === 'top-management')!;
    await rpc(page, 'roles.assign', { roleId: top.id, personId: ceo.id });
    await rpc(page, 'policies.create', { title: 'Information security policy', kind: 'information-security' });

    const objectives = new ClauseScreen(page, '6.2 Information security objectives');
    await objectives.open();
    await poll(() => objectives.percent()).toBe('0% done');
    await page.getByRole('button', { name: 'Add objective' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Objective' }).fill('Patch critical systems within 14 days');
    const smart = dialog.getByRole('list', { name: 'SMART check' });
    await poll(() => smart.textContent()).toContain('Time-bound: not yet');
    await poll(() => smart.textContent()).toContain('Set a due date');
    await poll(() => smart.textContent()).toContain('Set a target value');
    await dialog.getByRole('textbox', { name: 'What will be done' }).fill('Apply critical security patches to every server within fourteen days of release');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Responsible' }), 'Olu Owner');
    await dialog.getByRole('button', { name: 'Set to 12 months from today' }).click();
    await dialog.getByRole('textbox', { name: 'Target value' }).fill('95');
    await dialog.getByRole('textbox', { name: 'Unit' }).fill('%');
    await dialog.getByRole('textbox', { name: 'How results are evaluated' }).fill('Monthly patch compliance report');
    await dialog.getByRole('textbox', { name: 'Resources needed' }).fill('Two days a month of the operations team');
    await dialog.getByRole('textbox', { name: 'Why it can be reached' }).fill('The update server already reaches most servers');
    await poll(() => smart.textContent()).toContain('Relevant: not yet');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Supports the policy' }), 'Information security policy');
    for (const word of ['Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound']) await poll(() => smart.textContent()).toContain(`${word}: met`);
    await e.shot('o01-smart-met');
    await dialog.getByRole('button', { name: 'Add objective' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Information security objectives' });
    await poll(() => table.textContent()).toContain('OBJ-001');
    await poll(() => objectives.percent()).toBe('75% done');

    await page.getByRole('button', { name: 'Record progress for OBJ-001' }).click();
    const progress = page.getByRole('dialog');
    await progress.getByRole('textbox', { name: 'Progress %' }).fill('40');
    await progress.getByRole('textbox', { name: /^Measured value/ }).fill('81');
    await progress.getByRole('textbox', { name: 'Note' }).fill('Two legacy servers left');
    await progress.getByRole('button', { name: 'Record progress' }).click();
    await progress.waitFor({ state: 'detached' });
    await poll(() => objectives.percent()).toBe('100% done');
    await objectives.step('Progress');
    const history = page.getByRole('table', { name: 'Status history of OBJ-001' });
    await poll(() => history.textContent()).toContain('Two legacy servers left');
    expect(await history.textContent()).toContain('40 %');
    await e.shot('o02-history');

    const changes = new ClauseScreen(page, '6.3 Planning of changes');
    await changes.open();
    await page.getByRole('button', { name: 'Add change' }).click();
    const change = page.getByRole('dialog');
    await change.getByRole('textbox', { name: 'What changes' }).fill('Move e-mail to a cloud service');
    await change.getByRole('textbox', { name: 'Why' }).fill('The on-premises server is out of support');
    await change.getByRole('textbox', { name: 'Impact' }).fill('Scope interfaces and backup controls change');
    await change.getByRole('button', { name: 'Add to the log' }).click();
    await change.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Decide on CHG-001' }).click();
    const decide = page.getByRole('dialog');
    await pickOption(page, decide.getByRole('combobox', { name: 'Approved by' }), 'Carla CEO');
    await decide.getByRole('textbox', { name: 'Decision note' }).fill('Go ahead after the supplier review');
    await decide.getByRole('button', { name: 'Record decision' }).click();
    await decide.waitFor({ state: 'detached' });
    const log = page.getByRole('table', { name: 'Planned changes to the ISMS' });
    await poll(() => log.textContent()).toContain('Approved');
    expect(await log.textContent()).toContain('Carla CEO');

    const resources = new ClauseScreen(page, '7.1 Resources');
    await resources.open();
    await page.getByRole('button', { name: 'Add resource line' }).click();
    const line = page.getByRole('dialog');
    await line.getByRole('textbox', { name: 'Resource' }).fill('Patch tool licences');
    await line.getByRole('textbox', { name: 'Amount' }).fill('3000');
    await line.getByRole('textbox', { name: 'Unit' }).fill('EUR');
    await pickOption(page, line.getByRole('combobox', { name: 'For the objective' }), 'OBJ-001 Patch critical systems within 14 days');
    await line.getByRole('button', { name: 'Add resource line' }).click();
    await line.waitFor({ state: 'detached' });
    const register = page.getByRole('table', { name: 'Resources and budget' });
    await poll(() => register.textContent()).toContain('Objective OBJ-001');
    await poll(() => page.getByText('Total: 3,000 EUR').count()).toBe(1);
    await e.shot('o03-resources');

    const db = e.session.current!.sqlite;
    expect(db.prepare('select status, progress, current_value as value from objectives').get()).toEqual({ status: 'on-track', progress: 40, value: 81 });
    expect(db.prepare('select decision, approver_name as approver, decision_note as note from isms_changes').get()).toEqual({ decision: 'approved', approver: 'Carla CEO', note: 'Go ahead after the supplier review' });
    expect(db.prepare('select count(*) as n from resource_lines where objective_id is not null').get()).toEqual({ n: 1 });
  }, 180_000);
});
