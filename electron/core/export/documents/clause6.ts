import { IMPLEMENTATION_LABEL, REASON_LABEL, THEME_LABEL } from '../../../../shared/contract/controls';
import type { TreatmentAction } from '../../../../shared/contract/risk';
import { LEVEL_COLOR, LEVEL_LABEL, RISK_LEVELS, type RiskLevel, type RiskMethod, type ScaleStep } from '../../../../shared/contract/riskMethod';
import type { DecisionLine, RiskLine, RiskMethodContent, RiskRegisterContent, RiskReportContent, SoaContent, SoaLine, TreatmentPlanContent } from '../../services/riskDocuments';
import { heatMapPng } from '../png';
import { heading, para, titled, type Block, type Cell, type Column, type Section } from '../model';

/** Both vocabularies in documents: the ISO/IEC 27005 word first, the everyday one after. */
export const TREATMENT_TEXT: Record<RiskLine['treatment'], string> = {
  undecided: 'Not decided',
  modify: 'Modify (mitigate)',
  share: 'Share (transfer)',
  avoid: 'Avoid',
  retain: 'Retain (accept)',
};

/** Level cells coloured by their level in every format (conditional formatting in workbooks). */
const LEVEL_COLOURS: Record<string, string> = Object.fromEntries(RISK_LEVELS.map((l) => [LEVEL_LABEL[l], LEVEL_COLOR[l]]));
const levelText = (l: RiskLevel | null) => (l ? LEVEL_LABEL[l] : '');
const lines = (list: string[]) => list.join('\n');
const list = (items: string[]): Block => ({ type: 'list', items: items.map((text) => [{ text }]) });

// ---------- 6.1.2 method ----------

const scaleTable = (steps: ScaleStep[], sheet: string): Block => ({
  type: 'table',
  sheet,
  columns: [{ header: 'Level', weight: 0, kind: 'number' }, { header: 'Label', weight: 1.5 }, { header: 'Meaning', weight: 5 }],
  rows: steps.map((s, i) => [i + 1, s.label, s.description]),
});

/** The matrix as a coloured table: likelihood from the highest level down, impact to the right. */
function matrixTable(m: RiskMethod): Block {
  const rows: Cell[][] = [];
  for (let l = m.likelihood.length; l >= 1; l--) {
    rows.push([titled(`${l} ${m.likelihood[l - 1].label}`), ...m.impact.map((_s, i): Cell => ({ lines: [[{ text: LEVEL_LABEL[m.matrix[l - 1][i]] }]], fill: LEVEL_COLOR[m.matrix[l - 1][i]], center: true }))]);
  }
  // Cells centred by the cell, not by a 'mark' column, so the level columns share the width evenly.
  return { type: 'table', sheet: 'Risk matrix', columns: [{ header: 'Likelihood (rows) / impact (columns)', weight: 1.4 }, ...m.impact.map((s, i) => ({ header: `${i + 1} ${s.label}`, weight: 1 }))], rows };
}

export function riskMethodSections(c: RiskMethodContent, organisation: string): Section[] {
  const m = c.method;
  const accepted = RISK_LEVELS.filter((l) => RISK_LEVELS.indexOf(l) <= RISK_LEVELS.indexOf(m.acceptance)).map((l) => LEVEL_LABEL[l]);
  const above = RISK_LEVELS.filter((l) => !accepted.includes(LEVEL_LABEL[l])).map((l) => LEVEL_LABEL[l]);
  return [
    {
      blocks: [
        heading('1 Purpose'),
        para(`This document describes how ${organisation} identifies, analyses and evaluates information security risks, so that repeated assessments give consistent, valid and comparable results.`),
        heading('2 How risks are identified'),
        para('Risks are identified for the information and supporting assets in the scope of the ISMS. Each risk is either asset-based (an asset, a threat that could harm it and a vulnerability the threat could exploit) or event-based (a described event and its consequences). Every risk names the properties it affects (confidentiality, integrity, availability) and a risk owner who is accountable for managing it. Risks may cite the internal and external issues and the requirements of interested parties they arise from.'),
        heading('3 Risk criteria'),
        heading('3.1 Likelihood', 2),
        scaleTable(m.likelihood, 'Likelihood'),
        heading('3.2 Impact', 2),
        scaleTable(m.impact, 'Impact'),
        heading('3.3 Risk matrix', 2),
        para('The level of a risk is read from the matrix at its likelihood (rows) and impact (columns).'),
        matrixTable(m),
        heading('3.4 Risk acceptance criteria', 2),
        para(
          `Risks at level ${accepted.join(' or ')} may be accepted by the risk owner. ${above.length ? `Risks at level ${above.join(' or ')} must be treated; accepting one without treatment requires a recorded justification and the risk owner's decision.` : 'Every level may be accepted by the risk owner.'}`,
        ),
        heading('3.5 Asset values', 2),
        para(`Assets are valued separately for confidentiality (${m.assetScales.c.length} levels), integrity (${m.assetScales.i.length} levels) and availability (${m.assetScales.a.length} levels).`),
        heading('Confidentiality', 2),
        scaleTable(m.assetScales.c, 'Confidentiality'),
        heading('Integrity', 2),
        scaleTable(m.assetScales.i, 'Integrity'),
        heading('Availability', 2),
        scaleTable(m.assetScales.a, 'Availability'),
        heading('4 Treatment'),
        para('For each risk the risk owner chooses one option: modify (mitigate) the risk with controls, share (transfer) it, avoid it by stopping the activity, or retain (accept) it. Chosen controls are compared with Annex A of ISO/IEC 27001 and recorded in the Statement of Applicability. The residual likelihood and impact are estimated once the treatment is planned. The risk owner approves the treatment plan and, separately, accepts the residual risk; both decisions are recorded with the date and a copy of the risk as it stood.'),
        heading('5 When assessments are repeated'),
        para(`The risk assessment is repeated every ${m.reviewMonths} months and whenever a significant change is proposed or occurs. Each assessment is recorded as a dated run so that results can be compared over time.`),
        ...(m.notes ? [heading('6 Notes'), para(m.notes)] : []),
      ],
    },
  ];
}

// ---------- 6.1.2 register ----------

/** Dates lead their lines, so a narrow column never breaks one at its hyphens. */
function decisionText(d: DecisionLine | null, kind: 'plan' | 'acceptance', today: string): string {
  if (!d) return kind === 'plan' ? 'Not approved yet' : 'Not accepted yet';
  const verb = kind === 'plan' ? (d.decision === 'approved' ? 'approved' : 'rejected') : d.decision === 'approved' ? 'accepted' : 'not accepted';
  const flags = [d.needsReapproval ? 'changed since: needs re-approval' : '', d.reviewDate && d.reviewDate < today ? 'review overdue' : ''].filter(Boolean);
  return [`${d.on}: ${verb} by ${d.by}`, d.reviewDate ? `Review by ${d.reviewDate}` : '', d.justification ? `Justification: ${d.justification}` : '', flags.length ? `(${flags.join('; ')})` : ''].filter(Boolean).join('\n');
}

const scenarioCell = (r: RiskLine) => titled(r.title, r.scenario);
const basisCell = (r: RiskLine): Cell =>
  r.basis === 'event'
    ? 'Event-based'
    : { lines: ([['Asset', r.assetName], ['Threat', r.threatName], ['Vulnerability', r.vulnerabilityName]] as const).filter(([, v]) => v).map(([k, v]) => [{ text: `${k}: `, bold: true }, { text: v! }]) };

export function riskRegisterSections(c: RiskRegisterContent, today: string): Section[] {
  const count = (l: RiskLevel) => c.risks.filter((r) => r.level === l).length;
  const above = c.risks.filter((r) => RISK_LEVELS.indexOf(r.level) > RISK_LEVELS.indexOf(c.acceptance)).length;
  const analysis: Column[] = [
    { header: 'Id', weight: 0, kind: 'code' },
    { header: 'Risk and scenario', weight: 5 },
    { header: 'Asset, threat and vulnerability', weight: 3.5 },
    { header: 'CIA', weight: 0, kind: 'code' },
    { header: 'Owner', weight: 1.5 },
    { header: 'Likelihood', weight: 0, kind: 'number' },
    { header: 'Impact', weight: 0, kind: 'number' },
    { header: 'Score', weight: 0, kind: 'number' },
    { header: 'Level', weight: 0, kind: 'code', colours: LEVEL_COLOURS },
    { header: 'Comes from (4.1, 4.2)', weight: 2.5 },
  ];
  const treatment: Column[] = [
    { header: 'Id', weight: 0, kind: 'code' },
    { header: 'Risk', weight: 3 },
    { header: 'Existing controls', weight: 2.5 },
    { header: 'Treatment', weight: 2 },
    { header: 'Controls chosen', weight: 3 },
    { header: 'Residual likelihood', weight: 0, kind: 'number' },
    { header: 'Residual impact', weight: 0, kind: 'number' },
    { header: 'Residual level', weight: 0, kind: 'code', colours: LEVEL_COLOURS },
    { header: 'Treatment plan', weight: 2.5 },
    { header: 'Residual risk', weight: 2.5 },
  ];
  return [
    {
      landscape: true,
      blocks: [
        heading('Summary'),
        para(
          `${c.risks.length} risks, highest first. By level: ${RISK_LEVELS.map((l) => `${LEVEL_LABEL[l]} ${count(l)}`).join(', ')}. Risks above ${LEVEL_LABEL[c.acceptance]} must be treated or accepted with a justification (${above} at present). Likelihood and impact are scored on the scales of the risk assessment method (ISMS-6.1.2); the level is read from its matrix.`,
        ),
        heading('Risk register'),
        c.risks.length
          ? {
              type: 'table',
              sheet: 'Risk register',
              columns: analysis,
              rows: c.risks.map((r) => [r.ref, scenarioCell(r), basisCell(r), r.cia, r.ownerName ?? 'Not assigned', r.likelihood, r.impact, r.score, LEVEL_LABEL[r.level], lines(r.sources)]),
            }
          : para('No risks recorded yet.'),
        heading('Treatment'),
        c.risks.length
          ? {
              type: 'table',
              sheet: 'Treatment',
              columns: treatment,
              rows: c.risks.map((r) => [
                r.ref,
                r.title,
                r.existingControls,
                titled(TREATMENT_TEXT[r.treatment], r.treatmentNote),
                lines(r.controls),
                r.residualLikelihood,
                r.residualImpact,
                levelText(r.residualLevel),
                decisionText(r.plan, 'plan', today),
                decisionText(r.acceptance, 'acceptance', today),
              ]),
            }
          : para('No risks recorded yet.'),
      ],
    },
  ];
}

// ---------- 8.2 report ----------

function heatMap(m: RiskMethod, counts: number[][], caption: string): Block {
  const colours = m.matrix.map((row) => row.map((level) => LEVEL_COLOR[level]));
  const png = heatMapPng({ counts, colours });
  const width = 60 + m.impact.length * 90;
  const height = 60 + m.likelihood.length * 90;
  const scale = 280 / width; // about 7.4 cm wide: both maps and their key fit one A4 page
  return { type: 'image', png, width: Math.round(width * scale), height: Math.round(height * scale), alt: `${caption}: a grid of likelihood (rows) by impact (columns), each cell in the colour of its level with the number of risks in it.`, caption };
}

const scaleKey = (m: RiskMethod): Block => ({
  type: 'list',
  items: [
    [{ text: 'Likelihood (rows, rising upwards): ', bold: true }, { text: m.likelihood.map((s, i) => `${i + 1} ${s.label}`).join(', ') }],
    [{ text: 'Impact (columns, rising to the right): ', bold: true }, { text: m.impact.map((s, i) => `${i + 1} ${s.label}`).join(', ') }],
    [{ text: 'Colours: ', bold: true }, { text: 'the level of each cell in the risk matrix (green low, yellow medium, orange high, red critical).' }],
  ],
});

export function riskReportSections(c: RiskReportContent): Section[] {
  const levels = RISK_LEVELS.map((l) => `${LEVEL_LABEL[l]} ${c.byLevel[l]}`).join(', ');
  const cmp = c.comparison;
  const change = (label: string, refs: string[]): Block[] => (refs.length ? [heading(`${label} (${refs.length})`, 2), list(refs)] : []);
  return [
    {
      blocks: [
        heading('1 Summary'),
        para(`${c.maps.total} risks are recorded. By inherent level: ${levels}. ${c.maps.withoutResidual === 1 ? '1 risk has' : `${c.maps.withoutResidual} risks have`} no residual assessment yet. The criteria are those of the risk assessment method (ISMS-6.1.2); risks above ${LEVEL_LABEL[c.method.acceptance]} must be treated or accepted with a justification.`),
        heading('2 Inherent risk heat map'),
        para('How many risks sit in each cell of the risk matrix before treatment.'),
        heatMap(c.method, c.maps.inherent, `Inherent risk: ${c.maps.total} risks by likelihood and impact`),
        scaleKey(c.method),
        heading('3 Residual risk heat map'),
        para('The same after the planned treatment, for the risks whose residual likelihood and impact are estimated.'),
        heatMap(c.method, c.maps.residual, `Residual risk: ${c.maps.total - c.maps.withoutResidual} risks by likelihood and impact`),
        heading('4 Change since the previous assessment'),
        ...(cmp
          ? [
              para(`${cmp.to} (${cmp.toDate}) compared with ${cmp.from} (${cmp.fromDate}): ${cmp.added.length} new, ${cmp.closed.length} closed, ${cmp.risen.length} risen, ${cmp.fallen.length} fallen, ${cmp.unchanged} unchanged. A risk has risen or fallen when the level that counts for it moved: its residual level, or its inherent level while no residual is estimated.`),
              ...change('New', cmp.added),
              ...change('Closed', cmp.closed),
              ...change('Risen', cmp.risen),
              ...change('Fallen', cmp.fallen),
            ]
          : [para('Fewer than two dated assessment runs are recorded, so there is nothing to compare yet.')]),
      ],
    },
    {
      landscape: true,
      blocks: [
        heading('5 Prioritised risks'),
        para(c.top.length < c.maps.total ? `The ${c.top.length} highest of ${c.maps.total} risks; the full list is in the risk register (ISMS-6.1.2-REG).` : `All ${c.maps.total} risks, highest first.`),
        c.top.length
          ? {
              type: 'table',
              sheet: 'Prioritised risks',
              columns: [
                { header: 'Id', weight: 0, kind: 'code' },
                { header: 'Risk', weight: 4 },
                { header: 'Owner', weight: 1.5 },
                { header: 'Likelihood', weight: 0, kind: 'number' },
                { header: 'Impact', weight: 0, kind: 'number' },
                { header: 'Inherent', weight: 0, kind: 'code', colours: LEVEL_COLOURS },
                { header: 'Treatment', weight: 1.5 },
                { header: 'Controls', weight: 3 },
                { header: 'Residual', weight: 0, kind: 'code', colours: LEVEL_COLOURS },
              ],
              rows: c.top.map((r) => [r.ref, scenarioCell(r), r.ownerName ?? 'Not assigned', r.likelihood, r.impact, LEVEL_LABEL[r.level], TREATMENT_TEXT[r.treatment], lines(r.controls), levelText(r.residualLevel)]),
            }
          : para('No risks recorded yet.'),
      ],
    },
  ];
}

// ---------- 6.1.3 e and 8.3 treatment plan ----------

const ACTION_STATUS: Record<TreatmentAction['status'], string> = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' };
const isOpen = (s: TreatmentAction['status']) => s === 'planned' || s === 'in-progress';

export function treatmentPlanSections(c: TreatmentPlanContent, today: string): Section[] {
  const n = (s: TreatmentAction['status']) => c.actions.filter((a) => a.status === s).length;
  const overdue = (a: TreatmentPlanContent['actions'][number]) => isOpen(a.status) && a.dueDate !== null && a.dueDate < today;
  const cost = c.actions.filter((a) => a.status !== 'cancelled').reduce((sum, a) => sum + (a.cost ?? 0), 0);
  return [
    {
      landscape: true,
      blocks: [
        heading('1 Status'),
        para(
          `${c.actions.length} actions: ${n('done')} done, ${n('in-progress')} in progress, ${n('planned')} planned, ${n('cancelled')} cancelled; ${c.actions.filter(overdue).length} overdue on ${today}. Planned cost of the actions not cancelled: ${cost.toLocaleString('en-GB')}.`,
        ),
        heading('2 Treatment per risk'),
        c.risks.length
          ? {
              type: 'table',
              sheet: 'Treatment per risk',
              columns: [
                { header: 'Id', weight: 0, kind: 'code' },
                { header: 'Risk', weight: 3 },
                { header: 'Owner', weight: 1.5 },
                { header: 'Option', weight: 2.5 },
                { header: 'Controls', weight: 3 },
                { header: 'Inherent', weight: 0, kind: 'code', colours: LEVEL_COLOURS },
                { header: 'Residual', weight: 0, kind: 'code', colours: LEVEL_COLOURS },
                { header: 'Plan approval', weight: 2.5 },
                { header: 'Residual risk acceptance', weight: 2.5 },
              ],
              rows: c.risks.map((r) => [r.ref, r.title, r.ownerName ?? 'Not assigned', titled(TREATMENT_TEXT[r.treatment], r.treatmentNote), lines(r.controls), LEVEL_LABEL[r.level], levelText(r.residualLevel), decisionText(r.plan, 'plan', today), decisionText(r.acceptance, 'acceptance', today)]),
            }
          : para('No risk has a treatment option chosen yet.'),
        heading('3 Actions'),
        c.actions.length
          ? {
              type: 'table',
              sheet: 'Actions',
              columns: [
                { header: 'Id', weight: 0, kind: 'code' },
                { header: 'Risk', weight: 0, kind: 'code' },
                { header: 'Action', weight: 4 },
                { header: 'Owner', weight: 1.5 },
                { header: 'Due', weight: 0, kind: 'date' },
                { header: 'Status', weight: 1.2 },
                { header: 'Cost', weight: 0, kind: 'number', amount: true },
                { header: 'Control', weight: 2.5 },
              ],
              rows: c.actions.map((a) => [a.ref, a.riskRef, titled(a.title, a.notes), a.ownerName ?? 'Not assigned', a.dueDate ?? '', overdue(a) ? `${ACTION_STATUS[a.status]}, overdue` : ACTION_STATUS[a.status], a.cost, a.controlLabel ?? '']),
            }
          : para('No actions planned yet.'),
        heading('4 Opportunities and the actions on them'),
        para('Opportunities determined when planning the ISMS (6.1.1) from the issues of the context and the requirements of interested parties, with what was decided and who carries it out.'),
        c.opportunities?.length
          ? {
              type: 'table',
              sheet: 'Opportunities',
              columns: [
                { header: 'Id', weight: 0, kind: 'code' },
                { header: 'Opportunity', weight: 3.5 },
                { header: 'Comes from', weight: 3 },
                { header: 'Benefit', weight: 0, kind: 'number' },
                { header: 'Decision and action', weight: 3 },
                { header: 'Owner', weight: 1.5 },
                { header: 'Due', weight: 0, kind: 'date' },
                { header: 'Status', weight: 1.2 },
              ],
              rows: c.opportunities.map((o) => [o.ref, titled(o.title, o.description), lines(o.sources), o.benefit, o.decision, o.ownerName ?? 'Not assigned', o.dueDate ?? '', OPPORTUNITY_STATUS[o.status]]),
            }
          : para('No opportunities recorded yet.'),
      ],
    },
  ];
}
const OPPORTUNITY_STATUS: Record<NonNullable<TreatmentPlanContent['opportunities']>[number]['status'], string> = { proposed: 'Proposed', evaluated: 'Evaluated', approved: 'Approved', rejected: 'Rejected', implemented: 'Implemented' };

// ---------- 6.1.3 d Statement of Applicability ----------

export const applicableText = (c: Pick<SoaLine, 'applicable'>) => (c.applicable === null ? 'Not decided' : c.applicable ? 'Yes' : 'No');

/** The justification as printed: the reasons, their sources, then the free text; for exclusions the reason. */
export function justificationText(c: SoaLine): string {
  if (c.applicable === false) return c.exclusionReason;
  const reasons = c.allReasons.map((r) => REASON_LABEL[r]).join('; ');
  return [reasons, ...c.autoReasons.map((a) => a.source), c.justification].filter(Boolean).join('\n');
}

const APPLICABLE_COLOURS = { Yes: 'E2F0D9', No: 'EDEDED', 'Not decided': 'FFF2CC' };

export function soaSections(c: SoaContent): Section[] {
  const k = c.check;
  const problems = k.omitted.length + k.unjustified.length + k.excludedWithoutReason.length;
  const attention = [
    ...k.omitted.map((o) => `${o.ref} ${o.title}: chosen to treat ${o.riskRefs.join(', ')} but marked not applicable.`),
    ...k.unjustified.map((o) => `${o.ref} ${o.title}: applicable without a justification.`),
    ...k.excludedWithoutReason.map((o) => `${o.ref} ${o.title}: excluded without a reason.`),
  ];
  return [
    {
      landscape: true,
      blocks: [
        heading('Summary'),
        para(
          `${k.total} controls: ${k.applicable} applicable, ${k.excluded} excluded, ${k.undecided} not decided yet. ${problems ? `${problems} entries need attention (listed at the end).` : 'No necessary control is omitted and every decision is justified.'}`,
        ),
        para('Each applicable control gives the reasons for including it: those marked from a risk or an interested party requirement are filled in from the links recorded in the workspace. Each excluded control gives the reason for excluding it.', true),
        heading('Controls'),
        {
          type: 'table',
          sheet: 'Statement of Applicability',
          columns: [
            { header: 'Control', weight: 0, kind: 'code' },
            { header: 'Title', weight: 3 },
            { header: 'Theme', weight: 1.2 },
            { header: 'Applicable', weight: 0, kind: 'code', colours: APPLICABLE_COLOURS },
            { header: 'Justification', weight: 6 },
            { header: 'Implementation', weight: 1.4 },
            { header: 'Owner', weight: 1.4 },
          ],
          rows: c.controls.map((x) => [x.ref, x.title, THEME_LABEL[x.theme], applicableText(x), justificationText(x), x.applicable === false ? '' : IMPLEMENTATION_LABEL[x.status], x.ownerName ?? '']),
        },
        ...(attention.length ? [heading('Entries that need attention'), list(attention)] : []),
      ],
    },
  ];
}
