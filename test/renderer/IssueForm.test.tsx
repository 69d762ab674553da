import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { blankIssue, IssueForm } from '../../renderer/src/features/context/IssueForm';
import { renderUi } from './render';
import { bridgeWorkspace, type BridgedWorkspace } from './workspace';
import { inTwelveMonths } from '../../renderer/src/components/ReviewDateInput/ReviewDateInput';

let ws: BridgedWorkspace;
beforeEach(async () => void (ws = await bridgeWorkspace()));
afterEach(() => ws.cleanup());

const titleInput = () => screen.getByRole('textbox', { name: 'Title' });
const categorySelect = () => screen.getByRole('combobox', { name: 'Category' });
const swotSelect = () => screen.getByRole('combobox', { name: 'Strength, weakness, opportunity or threat' });
const issuesInWorkspace = async () => (await ws.client.call('context.list', {})).items;

/** Opens a Mantine Select and returns the labels it offers, then closes it again. */
async function optionsOf(user: UserEvent, select: HTMLElement): Promise<string[]> {
  await user.click(select);
  const listbox = await screen.findByRole('listbox');
  const labels = Array.from(listbox.querySelectorAll('[role="option"]')).map((o) => o.textContent ?? '');
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
  return labels;
}

async function choose(user: UserEvent, select: HTMLElement, label: string) {
  await user.click(select);
  await user.click(await screen.findByRole('option', { name: label }));
  await waitFor(() => expect(select).toHaveValue(label));
}

describe('IssueForm', () => {
  it('submitting empty shows "Title is required." next to Title, marks it invalid, and writes nothing', async () => {
    const onDone = vi.fn();
    const { user } = renderUi(<IssueForm initial={blankIssue('external')} onDone={onDone} />);
    expect(titleInput()).not.toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Add issue' }));

    expect(await screen.findByText('Title is required.')).toBeInTheDocument();
    expect(titleInput()).toHaveAttribute('aria-invalid', 'true');
    expect(titleInput()).toHaveAccessibleDescription('Title is required.');
    // The category is empty too, and says so next to its own field.
    expect(categorySelect()).toHaveAttribute('aria-invalid', 'true');
    expect(categorySelect()).toHaveAccessibleDescription('Choose a category.');
    // SWOT has its default (threat) and is fine.
    expect(swotSelect()).not.toHaveAttribute('aria-invalid', 'true');

    expect(onDone).not.toHaveBeenCalled();
    expect(ws.count('context.create')).toBe(0);
    expect(await issuesInWorkspace()).toEqual([]);
  });

  it('a title of only spaces is refused like an empty one', async () => {
    const { user } = renderUi(<IssueForm initial={blankIssue('external', 'legal')} onDone={() => {}} />);
    await user.type(titleInput(), '    ');
    await user.click(screen.getByRole('button', { name: 'Add issue' }));
    expect(await screen.findByText('Title is required.')).toBeInTheDocument();
    expect(ws.count('context.create')).toBe(0);
    expect(await issuesInWorkspace()).toEqual([]);
  });

  it('external issues offer only PESTLE categories and only opportunity or threat', async () => {
    const { user } = renderUi(<IssueForm initial={blankIssue('external')} onDone={() => {}} />);
    expect(await optionsOf(user, categorySelect())).toEqual(['Political', 'Economic', 'Social', 'Technological', 'Legal', 'Environmental']);
    expect(await optionsOf(user, swotSelect())).toEqual(['Opportunity', 'Threat']);
  });

  it('switching to Internal clears an external-only category and offers all four SWOT values with internal headings', async () => {
    const { user } = renderUi(<IssueForm initial={blankIssue('external', 'economic')} onDone={() => {}} />);
    expect(categorySelect()).toHaveValue('Economic');
    expect(swotSelect()).toHaveValue('Threat');

    await user.click(screen.getByRole('radio', { name: 'Internal issue' }));

    // Threat is allowed on both sides, so it stays.
    expect(swotSelect()).toHaveValue('Threat');
    expect(await optionsOf(user, categorySelect())).toEqual(['Structure', 'Culture', 'Processes', 'Resources', 'Capabilities', 'Systems']);
    expect(await optionsOf(user, swotSelect())).toEqual(['Strength', 'Weakness', 'Opportunity', 'Threat']);

    // The form value was cleared: submitting asks for a category instead of sending internal+economic.
    await user.type(titleInput(), 'Key-person dependency');
    await user.click(screen.getByRole('button', { name: 'Add issue' }));
    expect(await screen.findByText('Choose a category.')).toBeInTheDocument();
    expect(categorySelect()).toHaveAttribute('aria-invalid', 'true');
    expect(ws.count('context.create')).toBe(0);
    expect(await issuesInWorkspace()).toEqual([]);
  });

  // The effect sets the category to '' (not null). Mantine's controlled Select only resets its
  // displayed text for null or for a value that matches an option, so the input keeps showing the
  // old label ("Economic") while the form value is empty and the error says "Choose a category.".
  it('after switching Internal/External the Category field still displays the cleared external heading', async () => {
    const { user } = renderUi(<IssueForm initial={blankIssue('external', 'economic')} onDone={() => {}} />);
    expect(categorySelect()).toHaveValue('Economic');
    await user.click(screen.getByRole('radio', { name: 'Internal issue' }));
    await waitFor(() => expect(categorySelect()).toHaveValue(''), { timeout: 500 });
  });

  it('switching back to External replaces an internal-only SWOT value (Strength) with Threat', async () => {
    const { user } = renderUi(<IssueForm initial={blankIssue('internal', 'culture')} onDone={() => {}} />);
    expect(swotSelect()).toHaveValue('Weakness');
    await choose(user, swotSelect(), 'Strength');

    await user.click(screen.getByRole('radio', { name: 'External issue' }));

    await waitFor(() => expect(swotSelect()).toHaveValue('Threat'));
    expect(await optionsOf(user, swotSelect())).toEqual(['Opportunity', 'Threat']);
    expect(await optionsOf(user, categorySelect())).not.toContain('Culture');
  });

  it('a valid submit writes the issue through the real service and calls onDone', async () => {
    const onDone = vi.fn();
    const { user } = renderUi(<IssueForm initial={blankIssue('external')} onDone={onDone} />);

    await user.click(titleInput());
    await user.paste('  Ransomware in the supply chain  ');
    await choose(user, categorySelect(), 'Technological');
    await choose(user, swotSelect(), 'Opportunity');
    await user.click(screen.getByRole('textbox', { name: 'Effect on the ISMS' }));
    await user.paste('Suppliers must prove their backups work.');
    await user.type(screen.getByRole('textbox', { name: 'Source' }), 'Workshop');
    await user.click(screen.getByRole('radio', { name: 'High' }));
    await user.click(screen.getByRole('button', { name: 'Add issue' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Issue added.')).toBeInTheDocument();
    expect(ws.count('context.create')).toBe(1);

    const items = await issuesInWorkspace();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      title: 'Ransomware in the supply chain',
      kind: 'external',
      category: 'technological',
      swot: 'opportunity',
      effect: 'Suppliers must prove their backups work.',
      source: 'Workshop',
      impact: 'high',
      reviewDate: inTwelveMonths(), // proposed for every new issue
      ownerId: null,
      createdBy: 'tester',
    });
    expect(await ws.client.call('context.get', { id: items[0].id })).toEqual(items[0]);
  });

  it('an internal strength round-trips through the real service', async () => {
    const onDone = vi.fn();
    const { user } = renderUi(<IssueForm initial={blankIssue('internal', 'culture')} onDone={onDone} />);
    await user.type(titleInput(), 'Staff report phishing quickly');
    await choose(user, swotSelect(), 'Strength');
    await user.click(screen.getByRole('button', { name: 'Add issue' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(await issuesInWorkspace()).toEqual([expect.objectContaining({ title: 'Staff report phishing quickly', kind: 'internal', category: 'culture', swot: 'strength' })]);
  });

  it('editing an existing issue updates it in place', async () => {
    const issue = await ws.client.call('context.create', { title: 'Old title', kind: 'external', category: 'legal', swot: 'threat' });
    const onDone = vi.fn();
    const { user } = renderUi(<IssueForm issue={issue} onDone={onDone} />);
    expect(screen.getByRole('form', { name: 'Edit issue' })).toBeInTheDocument();
    expect(titleInput()).toHaveValue('Old title');
    expect(categorySelect()).toHaveValue('Legal');

    await user.clear(titleInput());
    await user.type(titleInput(), 'New title');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(ws.count('context.update')).toBe(1);
    expect(ws.count('context.create')).toBe(0);
    const items = await issuesInWorkspace();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: issue.id, title: 'New title', category: 'legal' });
  });

  it('when the main process refuses without field errors, shows a notification and does not call onDone', async () => {
    const onDone = vi.fn();
    const { user } = renderUi(<IssueForm initial={blankIssue('external', 'social')} onDone={onDone} />);
    await user.type(titleInput(), 'Will not be saved');
    await ws.client.call('workspace.close', {});
    await user.click(screen.getByRole('button', { name: 'Add issue' }));

    expect(await screen.findByText('The issue was not saved')).toBeInTheDocument();
    expect(screen.getByText('No workspace is open. Create or open one first.')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
    expect(ws.count('context.create')).toBe(1);
  });

  it('Cancel calls onDone without writing', async () => {
    const onDone = vi.fn();
    const { user } = renderUi(<IssueForm initial={blankIssue('external', 'social')} onDone={onDone} />);
    await user.type(titleInput(), 'Draft');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(ws.count('context.create')).toBe(0);
    expect(await issuesInWorkspace()).toEqual([]);
  });
});
