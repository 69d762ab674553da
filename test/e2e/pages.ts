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
