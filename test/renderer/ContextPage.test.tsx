import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { ContextPage } from '../../renderer/src/features/context/ContextPage';
import { renderUi } from './render';
import { bridgeWorkspace, completeExternal, type BridgedWorkspace } from './workspace';

let ws: BridgedWorkspace;
beforeEach(async () => void (ws = await bridgeWorkspace()));
afterEach(() => ws.cleanup());

// By text, then up to the button: getByRole over this page costs ~300 ms per query in jsdom.
const next = (label: string) => screen.getByText(`Next: ${label}`).closest('button')!;
const back = () => screen.getByRole('button', { name: 'Back' });
const card = (category: string) => screen.getByTestId(`heading-${category}`);
const cardCount = (category: string) => within(card(category)).getByText(/^\d+$/);
const aboutHeading = () => screen.queryByRole('heading', { name: 'What this clause asks of you' });
const percentBadge = () => screen.getByTestId('clause-percent');

async function loaded() {
  await waitFor(() => expect(percentBadge()).toBeInTheDocument());
}

async function addThroughModal(user: UserEvent, headingLabel: string, title: string) {
  await user.click(screen.getByLabelText(`Add ${headingLabel} issue`));
  const dialog = await screen.findByRole('dialog', { name: 'New issue' });
  expect(within(dialog).getByRole('combobox', { name: 'Category' })).toHaveValue(headingLabel);
  await user.click(within(dialog).getByRole('textbox', { name: 'Title' }));
  await user.paste(title);
  await user.click(within(dialog).getByRole('button', { name: 'Add issue' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New issue' })).not.toBeInTheDocument());
}

describe('ContextPage: the 4.1 wizard', () => {
  it('steps forward with Next and back with Back', async () => {
    const { user } = renderUi(<ContextPage />);
    await loaded();

    expect(aboutHeading()).toBeInTheDocument();
    expect(back()).toBeDisabled();
    expect(screen.getByRole('list', { name: 'Done criteria' })).toBeInTheDocument();

    await user.click(next('External issues'));
    expect(aboutHeading()).not.toBeInTheDocument();
    expect(card('political')).toBeInTheDocument();
    expect(screen.queryByTestId('heading-culture')).not.toBeInTheDocument();
    expect(back()).toBeEnabled();

    await user.click(next('Internal issues'));
    expect(card('culture')).toBeInTheDocument();
    expect(screen.queryByTestId('heading-political')).not.toBeInTheDocument();

    await user.click(back());
    expect(card('political')).toBeInTheDocument();
    await user.click(back());
    expect(aboutHeading()).toBeInTheDocument();
    expect(back()).toBeDisabled();

    // All the way to the summary, where there is no Next button any more.
    await user.click(next('External issues'));
    await user.click(next('Internal issues'));
    await user.click(next('Effects and reviews'));
    expect(screen.getByText('Record some issues in the two previous steps first.')).toBeInTheDocument();
    await user.click(next('Summary'));
    expect(screen.getByRole('heading', { name: 'Still to do for 4.1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Next:/ })).not.toBeInTheDocument();
  });

  it('the step headers are clickable too', async () => {
    const { user } = renderUi(<ContextPage />);
    await loaded();
    await user.click(screen.getByRole('button', { name: /Internal issues/ }));
    expect(card('systems')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /About 4\.1/ }));
    expect(aboutHeading()).toBeInTheDocument();
  });

  it('adding an issue through the modal updates the heading card count, the step count, the register tab and the percent', async () => {
    const { user } = renderUi(<ContextPage />);
    await loaded();
    expect(percentBadge()).toHaveTextContent('0% done');
    expect(screen.getByRole('tab', { name: 'Register (0)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /External issues\s*0 recorded/ })).toBeInTheDocument();

    await user.click(next('External issues'));
    expect(cardCount('technological')).toHaveTextContent('0');
    expect(cardCount('legal')).toHaveTextContent('0');

    await addThroughModal(user, 'Technological', 'Reliance on one cloud region');

    await waitFor(() => expect(cardCount('technological')).toHaveTextContent('1'));
    expect(within(card('technological')).getByText('Reliance on one cloud region')).toBeInTheDocument();
    expect(within(card('technological')).getByText('Threat')).toBeInTheDocument();
    expect(cardCount('legal')).toHaveTextContent('0');
    expect(screen.getByRole('button', { name: /External issues\s*1 recorded/ })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Register (1)' })).toBeInTheDocument();
    // One external issue, without an effect but with the proposed review date (a year out): 2 of 5 criteria.
    await waitFor(() => expect(percentBadge()).toHaveTextContent('40% done'));

    const saved = (await ws.client.call('context.list', {})).items;
    expect(saved).toEqual([expect.objectContaining({ title: 'Reliance on one cloud region', kind: 'external', category: 'technological', swot: 'threat' })]);

    // A second one under the same heading.
    await addThroughModal(user, 'Technological', 'AI tools used by staff');
    await waitFor(() => expect(cardCount('technological')).toHaveTextContent('2'));
    expect(screen.getByRole('tab', { name: 'Register (2)' })).toBeInTheDocument();
  });

  it('an internal heading adds an internal issue with a weakness by default', async () => {
    const { user } = renderUi(<ContextPage />);
    await loaded();
    await user.click(next('External issues'));
    await user.click(next('Internal issues'));
    await addThroughModal(user, 'Culture', 'Mistakes go unreported');
    await waitFor(() => expect(cardCount('culture')).toHaveTextContent('1'));
    expect(screen.getByRole('button', { name: /Internal issues\s*1 recorded/ })).toBeInTheDocument();
    expect((await ws.client.call('context.list', {})).items).toEqual([
      expect.objectContaining({ title: 'Mistakes go unreported', kind: 'internal', category: 'culture', swot: 'weakness' }),
    ]);
  });

  it('cancelling the modal asks before discarding what was typed, then writes nothing and leaves the count alone', async () => {
    const { user } = renderUi(<ContextPage />);
    await loaded();
    await user.click(next('External issues'));
    await user.click(screen.getByRole('button', { name: 'Add Legal issue' }));
    const dialog = await screen.findByRole('dialog', { name: 'New issue' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Title' }));
    await user.paste('Never saved');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(cardCount('legal')).toHaveTextContent('0');
    expect(ws.count('context.create')).toBe(0);
  });

  it('clicking an issue on its card opens it for editing, and saving renames it on the card', async () => {
    await ws.client.call('context.create', completeExternal('Old name', { category: 'economic' }));
    const { user } = renderUi(<ContextPage />);
    await loaded();
    await user.click(next('External issues'));
    await user.click(await within(card('economic')).findByText('Old name'));
    const dialog = await screen.findByRole('dialog', { name: 'Edit issue CTX-001' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.paste('New name');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(card('economic')).getByText('New name')).toBeInTheDocument());
    expect(cardCount('economic')).toHaveTextContent('1');
  });

  it('the follow-up step lists what each issue still needs', async () => {
    await ws.client.call('context.create', { title: 'Bare issue', kind: 'external', category: 'legal', swot: 'threat' });
    await ws.client.call('context.create', completeExternal('Complete issue'));
    const { user } = renderUi(<ContextPage />);
    await loaded();
    await user.click(screen.getByRole('button', { name: /Effects and reviews/ }));
    const table = await screen.findByRole('table', { name: 'Issues to complete' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Bare issue');
    expect(rows[0]).toHaveTextContent('Needs: effect on the ISMS, review date');
  });
});
