import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { PeoplePage } from '../../renderer/src/features/people/PeoplePage';
import { renderUi } from './render';
import { bridgeWorkspace, type BridgedWorkspace } from './workspace';

let ws: BridgedWorkspace;
beforeEach(async () => void (ws = await bridgeWorkspace()));
afterEach(() => ws.cleanup());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PeoplePage', () => {
  it('adds a person through the modal and shows them in the register with their unit', async () => {
    const unit = await ws.client.call('people.unitCreate', { name: 'Finance' });
    const { user } = renderUi(<PeoplePage />);
    expect(await screen.findByText('No people yet. Add the people who will own and run the ISMS.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const dialog = await screen.findByRole('dialog', { name: 'New person' });
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));
    expect(await within(dialog).findByText('Name is required.')).toBeInTheDocument();
    expect(ws.count('people.create')).toBe(0);

    await user.click(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.paste('Grace Hopper');
    await user.click(within(dialog).getByRole('textbox', { name: 'Email' }));
    await user.paste('grace@example.com');
    await user.click(within(dialog).getByRole('combobox', { name: 'Organisation unit' }));
    await user.click(await screen.findByRole('option', { name: 'Finance' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New person' })).not.toBeInTheDocument());
    const table = screen.getByRole('table', { name: 'People' });
    await waitFor(() => expect(within(table).getByText('Grace Hopper')).toBeInTheDocument());
    expect(within(table).getByText('grace@example.com')).toBeInTheDocument();
    expect(within(table).getByText('Finance')).toBeInTheDocument();
    expect((await ws.client.call('people.list', {})).items).toEqual([
      expect.objectContaining({ name: 'Grace Hopper', email: 'grace@example.com', unitId: unit.id, unitName: 'Finance' }),
    ]);
  });

  it('an invalid email is refused next to the field and nothing is written', async () => {
    const { user } = renderUi(<PeoplePage />);
    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    const dialog = await screen.findByRole('dialog', { name: 'New person' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.paste('Ada');
    await user.click(within(dialog).getByRole('textbox', { name: 'Email' }));
    await user.paste('not an email');
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));
    expect(await within(dialog).findByText('Enter a valid email address, or leave it empty.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
    expect(ws.count('people.create')).toBe(0);
    expect((await ws.client.call('people.list', {})).total).toBe(0);
  });

  // Regression: when people.unitList counted as a write (client.ts classified reads by action-name
  // prefix), loading the units fired onDataChanged, every useCall on the page reloaded, the units
  // load fired it again, and so on forever (about 15 reloads a second under jsdom).
  it('an idle PeoplePage loads units and people once, not in an endless reload loop', async () => {
    renderUi(<PeoplePage />);
    await screen.findByText('No people yet. Add the people who will own and run the ISMS.');
    await sleep(500);
    const units = ws.count('people.unitList');
    const people = ws.count('people.list');
    await sleep(500);
    // Nothing happened in between, so nothing should have been loaded again.
    expect({ units: ws.count('people.unitList'), people: ws.count('people.list') }).toEqual({ units, people });
    expect(units).toBeLessThanOrEqual(2);
  });
});
