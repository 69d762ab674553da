import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReadinessSummary } from '../../shared/contract/readiness';
import { api } from '../../renderer/src/api/client';
import { HomePage } from '../../renderer/src/features/home/HomePage';
import { renderUi } from './render';
import { bridgeWorkspace, completeExternal, type BridgedWorkspace } from './workspace';

let ws: BridgedWorkspace;
beforeEach(async () => {
  ws = await bridgeWorkspace('Northwind Trading');
  window.location.hash = '';
});
afterEach(() => ws.cleanup());

const overall = () => screen.getByTestId('overall-readiness');
const row41 = () => screen.getByTestId('readiness-4.1');
const percent41 = () => within(row41()).getByText(/^\d+%$/);

/** The clauses the workbench guides (with readiness rules and a wizard). */
const GUIDED = ['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '7.1', '7.2', '7.3', '7.4', '7.5', '8.1', '8.2', '8.3', '9.1', '9.2', '9.3', '10.1', '10.2'];

/** The documented rule: Overall is the rounded mean of the clauses the workbench can guide. */
/** Every clause 4.1-10.2 counts; one without a wizard counts as 0 % (issue 9). */
function meanOfAvailable(summary: ReadinessSummary): number {
  const available = summary.clauses.filter((c) => c.available);
  return Math.round(available.reduce((sum, c) => sum + c.percent, 0) / summary.clauses.length);
}

/** Presses Tab until the focused element matches, or fails after a full cycle. */
async function tabTo(user: UserEvent, matches: (el: Element) => boolean) {
  for (let i = 0; i < 100; i++) {
    await user.tab();
    if (document.activeElement && document.activeElement !== document.body && matches(document.activeElement)) return;
  }
  throw new Error('never reached with Tab');
}

describe('HomePage', () => {
  it('with an empty workspace shows Overall 0% and every clause 4.1-10.2 guided at 0%', async () => {
    renderUi(<HomePage />);
    expect(await screen.findByText('Overall')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Northwind Trading' })).toBeInTheDocument();
    // Overall is the mean over every clause with a wizard; nothing recorded yet means 0 everywhere
    // (the prefilled 4.4 process list earns nothing until owners are named).
    const summary = await ws.client.call('readiness.summary', {});
    expect(summary.overall).toBe(meanOfAvailable(summary));
    expect(summary.overall).toBe(0);
    expect(summary.clauses.filter((c) => c.available && c.percent > 0)).toEqual([]);
    await waitFor(() => expect(overall()).toHaveTextContent(new RegExp(`^${summary.overall}%$`)));
    expect(screen.getByTestId('clauses-guided')).toHaveTextContent(`${summary.guided} of 23 clauses guided`);
    expect(percent41()).toHaveTextContent(/^0%$/);
    expect(row41()).toHaveAttribute('data-percent', '0');
    expect(screen.getByRole('progressbar', { name: '4.1 0%' })).toBeInTheDocument();
    // All 23 clauses are guided and each shows its figure, 0%.
    expect(summary.clauses.filter((c) => c.available).map((c) => c.id)).toEqual(GUIDED);
    for (const id of GUIDED) expect(within(screen.getByTestId(`readiness-${id}`)).getByText(/^\d+%$/), id).toHaveTextContent(/^0%$/);
    // Every clause is guided now (9.3 was the last): none is left without a figure.
    expect(summary.guided).toBe(summary.total);
    expect(screen.getByRole('progressbar', { name: '9.3 0%' })).toBeInTheDocument();
    // Next step is the first unmet 4.1 criterion; nothing is due.
    expect(screen.getByText('At least one external issue recorded')).toBeInTheDocument();
    expect(screen.getByText('Nothing is due. Review dates you set on records show up here.')).toBeInTheDocument();
  });

  it('after one complete external issue, the 4.1 row shows the computed percent (60%) and Overall follows', async () => {
    const before = (await ws.client.call('readiness.summary', {})).overall;
    renderUi(<HomePage />);
    await waitFor(() => expect(percent41()).toHaveTextContent(/^0%$/));
    expect(overall()).toHaveTextContent(new RegExp(`^${before}%$`));

    // Written through the renderer's client, so the page reloads by itself.
    await act(async () => void (await api.context.create(completeExternal('Cloud provider outage'))));

    const summary = await ws.client.call('readiness.summary', {});
    const c41 = summary.clauses.find((c) => c.id === '4.1')!;
    // external recorded, effect written, review date set and in the future (3 of 5);
    // no internal issue, and 1 of the 3 PESTLE headings needed.
    expect(c41.percent).toBe(60);
    expect(c41.criteria.map((c) => c.met)).toEqual([true, false, false, true, true]);
    expect(summary.overall).toBe(meanOfAvailable(summary));
    expect(summary.overall).toBe(3); // 60 / 23 clauses = 2.6
    expect(summary.overall).toBeGreaterThan(before);

    await waitFor(() => expect(percent41()).toHaveTextContent(/^60%$/));
    expect(percent41()).toHaveTextContent(`${c41.percent}%`);
    expect(row41()).toHaveAttribute('data-percent', '60');
    expect(overall()).toHaveTextContent(new RegExp(`^${summary.overall}%$`));
    expect(screen.getByRole('progressbar', { name: '4.1 60%' })).toBeInTheDocument();
    // The next step moves on to the first criterion still unmet.
    expect(screen.getByText('At least one internal issue recorded')).toBeInTheDocument();
    expect(screen.queryByText('At least one external issue recorded')).not.toBeInTheDocument();
  });

  it('an issue without effect or review date counts only as recorded (20%)', async () => {
    await ws.client.call('context.create', { title: 'Bare', kind: 'external', category: 'legal', swot: 'threat' });
    renderUi(<HomePage />);
    await waitFor(() => expect(percent41()).toHaveTextContent(/^20%$/));
    const summary = await ws.client.call('readiness.summary', {});
    expect(summary.clauses.find((c) => c.id === '4.1')!.percent).toBe(20);
    expect(overall()).toHaveTextContent(new RegExp(`^${summary.overall}%$`));
  });

  it('lists reviews due within 30 days and flags overdue ones (platform clock 2026-11-29)', async () => {
    await ws.client.call('context.create', completeExternal('Due soon', { reviewDate: '2026-12-10' }));
    await ws.client.call('context.create', completeExternal('Overdue', { reviewDate: '2026-11-01', category: 'legal' }));
    await ws.client.call('context.create', completeExternal('Far away', { reviewDate: '2027-06-01', category: 'social' }));
    renderUi(<HomePage />);
    const due = await screen.findByTestId('due-list');
    expect(within(due).getByText('Review the issue "Overdue"')).toBeInTheDocument();
    expect(within(due).getByText('overdue since 2026-11-01')).toBeInTheDocument();
    expect(within(due).getByText('Review the issue "Due soon"')).toBeInTheDocument();
    // Sorted by date: overdue first.
    expect(within(due).getAllByText(/^Review the issue/).map((e) => e.textContent)).toEqual(['Review the issue "Overdue"', 'Review the issue "Due soon"']);
    expect(within(due).getByText('2026-12-10')).toBeInTheDocument();
    expect(within(due).queryByText(/Far away/)).not.toBeInTheDocument();
    expect(screen.getByText('1 item is overdue')).toBeInTheDocument();
  });

  it('clicking a clause row navigates to its wizard (4.1, and 9.3, the last clause to get one)', async () => {
    const { user } = renderUi(<HomePage />);
    await waitFor(() => expect(percent41()).toBeInTheDocument());
    await user.click(screen.getByTestId('readiness-9.3'));
    expect(window.location.hash).toBe('#/clause/9.3');
    await user.click(row41());
    expect(window.location.hash).toBe('#/clause/4.1');
  });

  it('clicking a next step or a due item navigates to its route', async () => {
    await ws.client.call('context.create', completeExternal('Due soon', { reviewDate: '2026-12-10' }));
    const { user } = renderUi(<HomePage />);
    await user.click(await screen.findByText('At least one internal issue recorded'));
    expect(window.location.hash).toBe('#/clause/4.1');
    window.location.hash = '';
    await user.click(screen.getByText('Review the issue "Due soon"'));
    expect(window.location.hash).toBe('#/clause/4.1');
  });

  // The entries are Mantine <Anchor onClick> without href: an <a> without href has no link role and
  // is not in the tab order, so keyboard and screen-reader users cannot reach or activate them.
  it('"What to do next" and "Due" entries can be reached with Tab and opened with Enter', async () => {
    await ws.client.call('context.create', completeExternal('Due soon', { reviewDate: '2026-12-10' }));
    const { user } = renderUi(<HomePage />);
    await screen.findByText('At least one internal issue recorded');
    for (const text of ['At least one internal issue recorded', 'Review the issue "Due soon"']) {
      window.location.hash = '';
      await tabTo(user, (el) => el.textContent === text);
      await user.keyboard('{Enter}');
      expect(window.location.hash).toBe('#/clause/4.1');
    }
  });

  // The clause rows are a clickable <div> (Stack onClick) with no role, tabIndex or key handler.
  it('the 4.1 readiness row can be reached with Tab and opened with Enter', async () => {
    const { user } = renderUi(<HomePage />);
    await waitFor(() => expect(percent41()).toBeInTheDocument());
    await tabTo(user, (el) => row41().contains(el));
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/clause/4.1');
  });

  it('shows the error when the summary is refused', async () => {
    await ws.client.call('workspace.close', {});
    renderUi(<HomePage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('No workspace is open. Create or open one first.');
  });
});
