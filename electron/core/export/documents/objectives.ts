import { OBJECTIVE_STATUS_LABEL, type Objective } from '../../../../shared/contract/objectives';
import { RESOURCE_KIND_LABEL, RESOURCE_STATUS_LABEL } from '../../../../shared/contract/resources';
import type { ObjectivesContent } from '../../services/documentCatalog';
import { dash, heading, para, titled, type Block, type Cell, type Section } from '../model';
import { refColumn } from './refs';

const target = (o: Objective): Cell => {
  const value = o.targetValue === null ? (o.metric ? 'Per the metric' : 'No target yet') : `${o.targetValue} ${o.targetUnit}`.trim();
  return o.metric ? titled(value, `Measured by ${o.metric.ref} ${o.metric.title}`) : value;
};
const smartCell = (o: Objective): Cell => ({
  lines: o.smart.map((s) => [{ text: `${s.letter} `, bold: true }, { text: s.met ? 'met' : `missing: ${s.missing.join('; ')}` }]),
});

/** 6.2 objectives plan: the objectives, each plan (what, resources, who, when, how evaluated), SMART check, progress history, and the 7.1 lines that fund them. */
export function objectivesSections(c: ObjectivesContent): Section[] {
  const history = c.objectives.flatMap((o) => o.history.map((h) => ({ o, h })));
  const funded = c.resources.filter((r) => r.objective);
  const blocks: Block[] = [
    heading('Information security objectives'),
    para('Each objective is consistent with the information security policy, measurable against a target, monitored, and communicated to the people who work towards it.'),
    c.objectives.length
      ? {
          type: 'table',
          sheet: 'Objectives',
          columns: [...refColumn(c.objectives), { header: 'Objective', weight: 4 }, { header: 'Target', weight: 1.2 }, { header: 'Responsible', weight: 1.5 }, { header: 'Due', weight: 0, kind: 'date' }, { header: 'Status', weight: 1 }, { header: 'Progress', weight: 0.8 }],
          rows: c.objectives.map((o) => [...refColumn(c.objectives, o), titled(o.title, o.policyTitle ? `Supports: ${o.policyTitle}` : ''), target(o), o.ownerName ?? 'Not assigned', o.dueDate ?? '', OBJECTIVE_STATUS_LABEL[o.status], `${o.progress} %`]),
        }
      : para('No objectives recorded yet.'),
  ];
  if (c.objectives.length) {
    blocks.push(
      heading('Plans to achieve the objectives'),
      {
        type: 'table',
        sheet: 'Plans',
        columns: [...refColumn(c.objectives), { header: 'What will be done', weight: 3 }, { header: 'Resources', weight: 2 }, { header: 'How results are evaluated', weight: 2 }, { header: 'Linked risks', weight: 1.5 }],
        rows: c.objectives.map((o) => [...refColumn(c.objectives, o), dash(o.description), dash(o.resources), dash(o.evaluation), o.risks.map((r) => `${r.ref} ${r.title}`).join('\n') || '—']),
      },
      heading('SMART check'),
      {
        type: 'table',
        sheet: 'SMART check',
        columns: [...refColumn(c.objectives), { header: 'Objective', weight: 2 }, { header: 'Specific, measurable, achievable, relevant, time-bound', weight: 5 }],
        rows: c.objectives.map((o) => [...refColumn(c.objectives, o), o.title, smartCell(o)]),
      },
    );
  }
  blocks.push(
    heading('Progress and status history'),
    history.length
      ? {
          type: 'table',
          sheet: 'Progress',
          columns: [{ header: 'Objective', weight: 0, kind: 'code' }, { header: 'Recorded on', weight: 0, kind: 'date' }, { header: 'Status', weight: 1 }, { header: 'Progress', weight: 0.8 }, { header: 'Measured', weight: 1 }, { header: 'Note', weight: 4 }],
          rows: history.map(({ o, h }) => [o.ref, h.recordedOn, OBJECTIVE_STATUS_LABEL[h.status], `${h.progress} %`, h.currentValue === null ? '' : `${h.currentValue} ${o.targetUnit}`.trim(), h.note]),
        }
      : para('No progress recorded yet.'),
    heading('Resources for the objectives (7.1)'),
    funded.length
      ? {
          type: 'table',
          sheet: 'Resources',
          columns: [...refColumn(funded), { header: 'Objective', weight: 0, kind: 'code' }, { header: 'Resource', weight: 3 }, { header: 'Kind', weight: 1 }, { header: 'Amount', weight: 1 }, { header: 'Unit', weight: 0.6 }, { header: 'Status', weight: 1 }],
          rows: funded.map((r) => [...refColumn(funded, r), r.objective!.ref, r.title, RESOURCE_KIND_LABEL[r.kind], r.amount === null ? '' : r.amount.toLocaleString('en-GB'), r.unit, RESOURCE_STATUS_LABEL[r.status]]),
        }
      : para('No resource lines are linked to the objectives yet.'),
  );
  return [{ landscape: true, blocks }];
}
