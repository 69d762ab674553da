import { Document, Packer } from 'docx';
import type { Risk, TreatmentAction } from '../../../../shared/contract/risk';
import { docStyles, footer, heading, landscapeA4, para, portraitA4, registerTable, titlePage, type DocumentHeader } from './common';
import { levelText } from './riskCommon';
import { TREATMENT_TEXT } from './treatmentWords';

export interface TreatmentPlanData {
  header: DocumentHeader;
  risks: Risk[];
  actions: TreatmentAction[];
  today: string;
}

const STATUS: Record<TreatmentAction['status'], string> = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' };

function decisionText(r: Risk) {
  const a = r.approval;
  const acc = r.acceptance;
  const plan = a ? `${a.decision === 'approved' ? 'Approved' : 'Rejected'} by ${a.decidedByName} on ${a.decidedAt.slice(0, 10)}${a.needsReapproval ? ' (changed since: re-approval needed)' : ''}` : 'Not approved yet';
  const res = acc ? `${acc.decision === 'approved' ? 'Accepted' : 'Not accepted'} by ${acc.decidedByName} on ${acc.decidedAt.slice(0, 10)}, review by ${acc.reviewDate}${acc.needsReapproval ? ' (changed since)' : ''}${acc.expired ? ' (review overdue)' : ''}` : 'Not accepted yet';
  return `Plan: ${plan}\nResidual risk: ${res}`;
}

/** 6.1.3 e) and 8.3: the treatment plan per risk and the status of every action. */
export async function buildTreatmentPlanDocx(d: TreatmentPlanData): Promise<Buffer> {
  const count = (s: TreatmentAction['status']) => d.actions.filter((a) => a.status === s).length;
  const overdue = d.actions.filter((a) => a.overdue).length;
  const cost = d.actions.reduce((sum, a) => sum + (a.cost ?? 0), 0);
  const treated = d.risks.filter((r) => r.treatment !== 'undecided');
  const doc = new Document({
    creator: 'ISMS Workbench',
    title: d.header.title,
    styles: docStyles,
    sections: [
      { properties: portraitA4, footers: { default: footer(d.header) }, children: titlePage(d.header) },
      {
        properties: landscapeA4,
        footers: { default: footer(d.header) },
        children: [
          heading('1 Status'),
          para(`${d.actions.length} actions: ${count('done')} done, ${count('in-progress')} in progress, ${count('planned')} planned, ${count('cancelled')} cancelled; ${overdue} overdue on ${d.today}. Planned cost ${cost.toLocaleString('en-GB')}.`),
          heading('2 Treatment per risk'),
          registerTable<Risk>(
            [
              { header: 'Id', width: 7, value: (r) => r.ref },
              { header: 'Risk', width: 22, value: (r) => r.title },
              { header: 'Owner', width: 11, value: (r) => r.ownerName ?? '' },
              { header: 'Option', width: 11, value: (r) => `${TREATMENT_TEXT[r.treatment]}${r.treatmentNote ? `\n${r.treatmentNote}` : ''}` },
              { header: 'Controls', width: 17, value: (r) => r.controls.map((c) => c.label).join('\n') },
              { header: 'Inherent / residual', width: 10, value: (r) => `${levelText(r.inherentLevel)} / ${levelText(r.residualLevel)}` },
              { header: 'Owner decisions', width: 22, value: decisionText },
            ],
            treated,
          ),
          heading('3 Actions'),
          d.actions.length
            ? registerTable<TreatmentAction>(
                [
                  { header: 'Id', width: 7, value: (a) => a.ref },
                  { header: 'Risk', width: 8, value: (a) => a.riskRef },
                  { header: 'Action', width: 30, value: (a) => a.title },
                  { header: 'Owner', width: 12, value: (a) => a.ownerName ?? '' },
                  { header: 'Due', width: 10, value: (a) => `${a.dueDate ?? ''}${a.overdue ? ' (overdue)' : ''}` },
                  { header: 'Status', width: 9, value: (a) => STATUS[a.status] },
                  { header: 'Cost', width: 8, value: (a) => (a.cost === null ? '' : a.cost.toLocaleString('en-GB')) },
                  { header: 'Control', width: 16, value: (a) => a.controlLabel ?? '' },
                ],
                d.actions,
              )
            : para('No actions planned yet.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
