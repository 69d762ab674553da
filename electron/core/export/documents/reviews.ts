import { INPUT_SOURCES, type ReviewAction, type ReviewDetail } from '../../../../shared/contract/reviews';
import type { ReviewResultsContent } from '../../services/reviewDocuments';
import { dash, heading, para, titled, type Block, type Cell, type Section } from '../model';

const ACTION_STATUS: Record<ReviewAction['status'], string> = { open: 'Open', done: 'Done', cancelled: 'Cancelled' };
const ACTION_FILL: Record<ReviewAction['status'], string> = { open: 'FFF3BF', done: 'D3F9D8', cancelled: 'E9ECEF' };

const pairs = (rows: Array<[string, string]>): Block => ({ type: 'table', columns: [{ header: 'Field', weight: 1.2 }, { header: 'Value', weight: 4 }], rows: rows.map(([k, v]) => [{ lines: [[{ text: k, bold: true }]] }, dash(v)]) });
const statusCell = (a: Pick<ReviewAction, 'status'>): Cell => ({ lines: [[{ text: ACTION_STATUS[a.status] }]], fill: ACTION_FILL[a.status] });
const doneText = (a: Pick<ReviewAction, 'status' | 'completedOn'> & { note?: string }) => [a.completedOn ?? '', a.note ?? ''].filter(Boolean).join('\n');

function actionsTable(actions: Array<Pick<ReviewAction, 'ref' | 'title' | 'ownerName' | 'dueDate' | 'status' | 'completedOn'> & { note?: string }>, sheet: string): Block {
  return {
    type: 'table',
    sheet,
    columns: [{ header: 'Id', weight: 0, kind: 'code' }, { header: 'Action', weight: 3 }, { header: 'Owner', weight: 1.3 }, { header: 'Due', weight: 0, kind: 'date' }, { header: 'Status', weight: 0.9 }, { header: 'Completed, note', weight: 1.8 }],
    rows: actions.map((a) => [a.ref, a.title, a.ownerName ?? '', a.dueDate ?? '', statusCell(a), doneText(a)]),
  };
}

/** The minutes of one review (9.3): meeting, each input with its figures and note, outputs, actions, sign-off. */
export function reviewMinutesSections(r: ReviewDetail): Section[] {
  const decisions = r.outputs.filter((o) => o.kind === 'decision');
  const changes = r.outputs.filter((o) => o.kind === 'change');
  const blocks: Block[] = [
    heading('1 Meeting'),
    pairs([
      ['Review', `${r.ref} ${r.title}`],
      ['Meeting date', r.meetingDate],
      ['Period reviewed', `${r.windowFrom} to ${r.windowTo}`],
      ['Location or format', r.location],
      ['Chair', r.signedByName ?? r.chairName ?? ''],
      ['Attendees', r.attendees.map((a) => a.name).join('\n')],
      ['Guests', r.guests],
    ]),
    heading('2 Inputs considered'),
    para(
      r.frozen
        ? `The figures below were compiled from the workspace for the period reviewed and frozen when the review was signed off on ${r.signedOn}; they show what the meeting saw.`
        : 'The figures below are compiled live from the workspace for the period reviewed. They are frozen when the chair signs the review off.',
      true,
    ),
  ];
  for (const input of r.inputs) {
    blocks.push(heading(`${input.title} (from ${INPUT_SOURCES[input.key].clause})`, 2), para(input.basis, true));
    // Two figures a row, so ten inputs fit on a few pages.
    if (input.figures.length) {
      const rows: Cell[][] = [];
      for (let i = 0; i < input.figures.length; i += 2) {
        const [a, b] = [input.figures[i]!, input.figures[i + 1]];
        rows.push([a.label, String(a.value), b?.label ?? '', b ? String(b.value) : '']);
      }
      blocks.push({ type: 'table', sheet: `Input ${input.key}`, columns: [{ header: 'Figure', weight: 2.6 }, { header: 'Value', weight: 1 }, { header: 'Figure', weight: 2.6 }, { header: 'Value', weight: 1 }], rows });
    }
    if (input.lines.length) blocks.push({ type: 'list', items: input.lines.map((l) => [{ text: l }]) });
    blocks.push({ type: 'paragraph', runs: [{ text: 'Discussion: ', bold: true }, { text: input.note || 'No note written.' }] });
  }
  blocks.push(
    heading('3 Decisions'),
    decisions.length ? { type: 'list', ordered: true, items: decisions.map((d) => [{ text: d.text }]) } : para('No decision recorded.'),
    heading('4 Changes to the ISMS'),
    changes.length
      ? { type: 'table', sheet: 'Changes', columns: [{ header: 'Change', weight: 4 }, { header: 'Planned change (6.3)', weight: 2 }], rows: changes.map((c) => [c.text, c.changeRef ? titled(c.changeRef, c.changeTitle ?? '') : 'Not yet planned in 6.3']) }
      : para('No change to the ISMS recorded.'),
    heading('5 Actions'),
    r.actions.length ? actionsTable(r.actions, 'Actions') : para('No action recorded.'),
    heading('6 Sign-off'),
    r.status === 'signed-off'
      ? pairs([
          ['Signed off by', `${r.signedByName ?? ''}, chair`],
          ['Signed on', r.signedOn ?? ''],
          ...(r.signReason ? [['Reason the chair signs', r.signReason] as [string, string]] : []),
        ])
      : para('Not signed off yet. These minutes are a draft until the chair signs the review off.'),
  );
  return [{ blocks }];
}

/** 9.3 results: every signed-off review with its decisions, changes and the status of its actions. */
export function reviewResultsSections(c: ReviewResultsContent): Section[] {
  if (!c.reviews.length) return [{ blocks: [heading('1 Management reviews'), para('No management review has been signed off yet.')] }];
  const blocks: Block[] = [
    heading('1 Management reviews'),
    {
      type: 'table',
      sheet: 'Reviews',
      columns: [{ header: 'Id', weight: 0, kind: 'code' }, { header: 'Review', weight: 2.5 }, { header: 'Meeting', weight: 0, kind: 'date' }, { header: 'Period reviewed', weight: 1.6 }, { header: 'Chair', weight: 1.3 }, { header: 'Signed off', weight: 0, kind: 'date' }],
      rows: c.reviews.map((r) => [r.ref, r.title, r.meetingDate, r.period, r.chair, r.signedOn]),
    },
  ];
  for (const r of c.reviews) {
    blocks.push(heading(`${r.ref} ${r.title}, ${r.meetingDate}`, 2), para(`Attendees: ${r.attendees.join(', ') || 'not recorded'}.`));
    const outputs = r.outputs.map((o) => [{ text: o.kind === 'decision' ? 'Decision: ' : 'Change to the ISMS: ', bold: true }, { text: `${o.text}${o.changeRef ? ` (${o.changeRef})` : ''}` }]);
    blocks.push(outputs.length ? { type: 'list', items: outputs } : para('No outputs recorded.'));
    if (r.actions.length) blocks.push(actionsTable(r.actions, `${r.ref} actions`));
  }
  return [{ blocks }];
}
