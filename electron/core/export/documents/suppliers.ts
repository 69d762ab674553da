import { FREQUENCY_LABEL } from '../../../../shared/communication';
import { ASSESSMENT_RESULT_LABEL, CRITICALITIES, CRITICALITY_LABEL, SUPPLY_KIND_LABEL, type Supplier } from '../../../../shared/contract/suppliers';
import { LEVEL_COLOR } from '../../../../shared/contract/riskMethod';
import { assessmentDueOn, CERTIFICATE_STATE_LABEL, CERTIFICATE_WARNING_DAYS, certificateState } from '../../../../shared/suppliers';
import type { CommunicationContent, SuppliersContent } from '../../services/documentCatalog';
import { dash, heading, para, titled, type Block, type Cell, type Section } from '../model';

const CRITICALITY_COLOURS: Record<string, string> = Object.fromEntries(CRITICALITIES.map((c) => [CRITICALITY_LABEL[c], LEVEL_COLOR[c]]));
const CERT_COLOURS: Record<string, string> = { [CERTIFICATE_STATE_LABEL.expired]: 'E03131', [CERTIFICATE_STATE_LABEL.expiring]: 'F2C200', [CERTIFICATE_STATE_LABEL.current]: '2F9E44' };
const RESULT_COLOURS: Record<string, string> = { [ASSESSMENT_RESULT_LABEL.satisfactory]: '2F9E44', [ASSESSMENT_RESULT_LABEL['needs-improvement']]: 'F2C200', [ASSESSMENT_RESULT_LABEL.unsatisfactory]: 'E03131' };

const contractCell = (s: Supplier): Cell =>
  titled(s.contractRef || 'No contract reference', s.securityClausesInContract ? `Security clauses: ${s.securityClauses || 'yes (not described)'}` : 'No security clauses in the contract');
const dataCell = (s: Supplier): Cell => (s.dataHandled ? titled(s.dataHandled, s.dataClassification ? `Classified: ${s.dataClassification}` : 'Classification not given') : 'No data handled');
const nextAssessment = (s: Supplier) => {
  const due = assessmentDueOn(s);
  return due === 'now' ? 'Due now' : (due ?? 'When something changes');
};

/** 8.1 supplier register: who provides what, how critical, the data and contract, certificates, assessments, and links to 4.2 and 4.3. */
export function supplierSections(c: SuppliersContent, today: string): Section[] {
  const list = c.suppliers;
  const certs = list.flatMap((s) => s.certificates.map((cert) => ({ s, cert, state: certificateState(cert.validUntil, today) })));
  const count = (k: Supplier['criticality']) => list.filter((s) => s.criticality === k).length;
  const expired = certs.filter((x) => x.state === 'expired').length;
  const expiring = certs.filter((x) => x.state === 'expiring').length;
  const blocks: Block[] = [
    heading('Summary'),
    para(
      list.length
        ? `${list.length} supplier${list.length === 1 ? '' : 's'} of processes, products or services relevant to the ISMS. By criticality: ${CRITICALITIES.slice().reverse().map((k) => `${CRITICALITY_LABEL[k]} ${count(k)}`).join(', ')}. Certificates on ${today}: ${certs.length} recorded, ${expired} expired, ${expiring} expiring within ${CERTIFICATE_WARNING_DAYS} days. Critical and high suppliers are reassessed every year, medium ones every two years.`
        : 'No suppliers recorded yet.',
    ),
  ];
  // The register sheet is written even when empty, so the workbook always has its table to fill in.
  blocks.push(
    heading('Supplier register'),
    {
        type: 'table',
        sheet: 'Suppliers',
        columns: [
          { header: 'Id', weight: 0, kind: 'code' },
          { header: 'Supplier and what they provide', weight: 3.5 },
          { header: 'Kind', weight: 0, kind: 'code' },
          { header: 'Criticality', weight: 0, kind: 'code', colours: CRITICALITY_COLOURS },
          { header: 'Data handled', weight: 2.5 },
          { header: 'Contract and security clauses', weight: 3 },
          { header: 'Owner', weight: 1.3 },
          { header: 'Next review', weight: 0, kind: 'date' },
        ],
        rows: list.map((s) => [s.ref, titled(s.name, s.provides), SUPPLY_KIND_LABEL[s.supplyKind], CRITICALITY_LABEL[s.criticality], dataCell(s), contractCell(s), s.ownerName ?? 'Not assigned', s.nextReviewOn ?? '']),
      },
  );
  if (list.length) {
    blocks.push(
      heading('Assessments'),
      {
        type: 'table',
        sheet: 'Assessments',
        columns: [
          { header: 'Id', weight: 0, kind: 'code' },
          { header: 'Supplier', weight: 2 },
          { header: 'Criticality', weight: 0, kind: 'code', colours: CRITICALITY_COLOURS },
          { header: 'Last assessed', weight: 0, kind: 'date' },
          { header: 'Result', weight: 0, kind: 'code', colours: RESULT_COLOURS },
          { header: 'Notes', weight: 4 },
          { header: 'Next assessment', weight: 0, kind: 'date' },
        ],
        rows: list.map((s) => [s.ref, s.name, CRITICALITY_LABEL[s.criticality], s.lastAssessedOn ?? '', ASSESSMENT_RESULT_LABEL[s.assessmentResult], dash(s.assessmentNotes), nextAssessment(s)]),
      },
      heading('Certificates'),
      certs.length
        ? {
            type: 'table',
            sheet: 'Certificates',
            columns: [
              { header: 'Supplier', weight: 0, kind: 'code' },
              { header: 'Certificate', weight: 2 },
              { header: 'Issuer', weight: 2 },
              { header: 'Number', weight: 1.2 },
              { header: 'Valid until', weight: 0, kind: 'date' },
              { header: `Status on ${today}`, weight: 0, kind: 'code', colours: CERT_COLOURS },
            ],
            rows: certs.map(({ s, cert, state }) => [s.ref, titled(cert.name, s.name), dash(cert.issuer), dash(cert.number), cert.validUntil ?? '', CERTIFICATE_STATE_LABEL[state]]),
          }
        : para('No certificates recorded.'),
      heading('Links to interested parties (4.2) and scope interfaces (4.3)'),
      {
        type: 'table',
        sheet: 'Links',
        columns: [
          { header: 'Id', weight: 0, kind: 'code' },
          { header: 'Supplier', weight: 2 },
          { header: 'Interested party (4.2)', weight: 2 },
          { header: 'Scope interfaces (4.3)', weight: 3 },
        ],
        rows: list.map((s) => [s.ref, s.name, s.party ? `${s.party.ref} ${s.party.name}` : '—', s.interfaces.map((i) => `${i.ref} ${i.counterpart}`).join('\n') || '—']),
      },
    );
  }
  return [{ landscape: true, blocks }];
}

/** 7.4 communication plan and log. */
export function communicationSections(c: CommunicationContent, today: string): Section[] {
  const blocks: Block[] = [
    heading('Communication plan'),
    para('What the organisation communicates about information security, inside and outside, to whom, when, through which channel and who does it. The next due date follows from the frequency and the latest communication logged against the row.'),
    c.plan.length
      ? {
          type: 'table',
          sheet: 'Plan',
          columns: [
            { header: 'Id', weight: 0, kind: 'code' },
            { header: 'Topic', weight: 3 },
            { header: 'Audience', weight: 1.6 },
            { header: 'When', weight: 1.8 },
            { header: 'Channel', weight: 1.5 },
            { header: 'Responsible', weight: 1.5 },
            { header: 'Last done', weight: 0, kind: 'date' },
            { header: 'Next due', weight: 0, kind: 'date' },
          ],
          rows: c.plan.map((p) => [
            p.ref,
            titled(p.topic, p.notes),
            p.audience,
            p.frequency === 'once' ? `Once, ${p.startsOn ?? 'no date'}` : `${FREQUENCY_LABEL[p.frequency]}${p.startsOn ? ` from ${p.startsOn}` : ''}`,
            p.channel,
            p.responsibleName ?? 'Not assigned',
            p.lastCommunicatedOn ?? '',
            p.nextDueOn ? `${p.nextDueOn}${p.nextDueOn < today ? ' (overdue)' : ''}` : p.frequency === 'once' && p.lastCommunicatedOn ? 'Done' : '',
          ]),
        }
      : para('No communications planned yet.'),
    heading('Communication log'),
    c.log.length
      ? {
          type: 'table',
          sheet: 'Log',
          columns: [
            { header: 'Date', weight: 0, kind: 'date' },
            { header: 'Plan', weight: 0, kind: 'code' },
            { header: 'Topic', weight: 3 },
            { header: 'Audience', weight: 2 },
            { header: 'Channel', weight: 1.5 },
            { header: 'By', weight: 1.5 },
            { header: 'Note and evidence', weight: 3 },
          ],
          rows: c.log.map((e) => [e.communicatedOn, e.planRef ?? '—', e.topic, e.audience, e.channel, e.byName ?? '—', titled(dash(e.note), e.attachment ? `File: ${e.attachment.name}` : '')]),
        }
      : para('Nothing logged yet.'),
  ];
  return [{ landscape: true, blocks }];
}
