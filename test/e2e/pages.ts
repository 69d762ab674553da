import type { Locator, Page } from 'playwright-core';

/** Page models: tests read like what a user does, and find things by role and label. */
export async function pickOption(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export class WelcomeScreen {
  constructor(private page: Page) {}

  async createWorkspace(org: { organisation: string; sector?: string; engagement?: string }) {
    const form = this.page.getByRole('main').or(this.page.locator('body'));
    await form.getByLabel('Organisation').first().fill(org.organisation);
    if (org.sector) await pickOption(this.page, this.page.getByRole('textbox', { name: 'Sector' }).or(this.page.getByLabel('Sector', { exact: true }).locator('visible=true')).first(), org.sector);
    if (org.engagement) await this.page.getByLabel('Engagement').first().fill(org.engagement);
    await this.page.getByRole('button', { name: 'Create workspace' }).click();
    await this.page.getByTestId('workspace-organisation').waitFor();
  }
}

export interface IssueInput {
  kind: 'External' | 'Internal';
  heading: string;
  title: string;
  swot?: string;
  effect?: string;
  reviewDate?: string;
  impact?: 'Low' | 'Medium' | 'High';
}

export class ContextScreen {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Clauses' }).getByText('4.1 Organisation and its context').click();
    await this.page.getByRole('heading', { name: '4.1 Organisation and its context' }).waitFor();
  }

  async step(name: string) {
    await this.page.getByRole('button', { name: new RegExp(name) }).first().click();
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  /** Adds an issue from the wizard's heading card, as a user would. */
  async addFromWizard(issue: IssueInput) {
    await this.step(issue.kind === 'External' ? 'External issues' : 'Internal issues');
    await this.page.getByRole('button', { name: `Add ${issue.heading} issue` }).click();
    await this.fillIssue(issue);
  }

  async fillIssue(issue: Omit<IssueInput, 'kind' | 'heading'>) {
    const dialog = this.dialog();
    await dialog.getByLabel('Title').fill(issue.title);
    if (issue.swot) await pickOption(this.page, dialog.getByLabel(/Strength, weakness/), issue.swot);
    if (issue.effect) await dialog.getByLabel('Effect on the ISMS').fill(issue.effect);
    if (issue.impact) await dialog.getByText(issue.impact, { exact: true }).click();
    if (issue.reviewDate) {
      const date = dialog.getByLabel('Review by');
      await date.fill(issue.reviewDate);
      await date.press('Tab');
    }
  }

  async save(button = 'Add issue') {
    await this.dialog().getByRole('button', { name: button }).click();
  }

  async percent(): Promise<string> {
    return (await this.page.getByTestId('clause-percent').textContent()) ?? '';
  }

  registerRows() {
    return this.page.getByRole('table', { name: 'Internal and external issues' }).locator('tbody tr');
  }
}

/** The people register: add someone as a user would. */
export class PeopleScreen {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Clauses' }).getByText('People and units').click();
    await this.page.getByRole('heading', { name: 'People and organisation units' }).waitFor();
  }

  async add(name: string, jobTitle?: string) {
    await this.page.getByRole('button', { name: 'Add person' }).first().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(name);
    if (jobTitle) await dialog.getByLabel('Job title').fill(jobTitle);
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}

/** Clause 5.2: the wizard, the register and one policy's page. */
export class PoliciesScreen {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Clauses' }).getByText('5.2 Policy').click();
    await this.page.getByRole('heading', { name: '5.2 Policy' }).waitFor();
  }

  async step(name: string) {
    await this.page.getByRole('button', { name: new RegExp(`^\\d?\\s*${name}`) }).first().click();
  }

  async percent(): Promise<string> {
    return (await this.page.getByTestId('clause-percent').textContent()) ?? '';
  }

  /** Wizard step 2: create the information security policy from the shipped template; lands on its page. */
  async startFromTemplate() {
    await this.step('The policy');
    await this.page.getByRole('button', { name: 'Use the template' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Create policy' }).click();
    await this.page.getByTestId('policy-status').waitFor();
  }

  editor() {
    return this.page.locator('.ProseMirror').first();
  }

  async tab(name: RegExp | string) {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Types at the end of the policy text and saves the draft. */
  async appendAndSave(text: string, note?: string) {
    await this.tab('Text');
    await this.editor().click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text);
    if (note) await this.page.getByLabel('What changed').fill(note);
    await this.page.getByRole('button', { name: 'Save draft' }).click();
    await this.page.getByRole('button', { name: 'Save draft' }).and(this.page.locator('[disabled]')).waitFor();
  }

  async status(): Promise<string> {
    return (await this.page.getByTestId('policy-status').textContent()) ?? '';
  }

  async sendForReviewApproveAndPublish(approver: string) {
    await this.tab('Review and approval');
    await this.page.getByRole('button', { name: 'Send for review' }).click();
    await this.page.getByRole('button', { name: 'Approve' }).waitFor();
    await pickOption(this.page, this.page.getByRole('combobox', { name: 'Approved by' }), approver);
    // Someone without an approving role needs a recorded reason (issue #8): the form asks for it.
    const reason = this.page.getByRole('textbox', { name: /Why this person approves/ });
    await reason.waitFor({ timeout: 3000 }).then(
      () => reason.fill('Approved at the board meeting on behalf of top management.'),
      () => undefined,
    );
    await this.page.getByRole('button', { name: 'Approve' }).click();
    await this.page.getByRole('dialog', { name: 'Approve this version?' }).getByRole('button', { name: 'Approve' }).click();
    await this.page.getByRole('button', { name: 'Publish' }).click();
    await this.page.getByRole('dialog', { name: 'Publish this version?' }).getByRole('button', { name: 'Publish' }).click();
    await this.page.getByText('This text can no longer change').waitFor();
  }

  async distributeTo(option: string) {
    await this.tab(/^Distribution/);
    await pickOption(this.page, this.page.getByRole('combobox', { name: 'Send to' }), option);
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
  }

  async recordAcknowledgement(person: string) {
    await this.page.getByRole('button', { name: `Record acknowledgement by ${person}` }).click();
    await this.page.getByRole('dialog').or(this.page.locator('.mantine-Popover-dropdown')).getByRole('button', { name: 'Save' }).click();
  }
}

/** Clause 5.1 and clause 5.3, as far as the e2e tests drive them. */
export class ClauseScreen {
  constructor(
    private page: Page,
    private navLabel: string,
  ) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Clauses' }).getByText(this.navLabel).click();
    await this.page.getByTestId('clause-percent').waitFor();
  }

  async step(name: string) {
    await this.page.getByRole('button', { name: new RegExp(`^\\d?\\s*${name}`) }).first().click();
  }

  async percent(): Promise<string> {
    return (await this.page.getByTestId('clause-percent').textContent()) ?? '';
  }
}
