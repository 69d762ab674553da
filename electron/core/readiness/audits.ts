import { listAudits, listProgrammes, programmeCoverage } from '../services/audits';
import { listFindings } from '../services/auditFieldwork';
import { plural, type Criterion, type ReadinessArea } from './types';
import type { Workspace } from '../db/open';

/**
 * 9.2 is done when a programme covers this year with its frequency, methods, responsibilities and
 * reporting defined; its cycle plans every clause 4-10 and every applicable control; each audit has a
 * lead auditor; results are reported; and every nonconformity finding has been raised in 10.2.
 */
export function auditsCriteria(ws: Workspace, today: string): Criterion[] {
  const year = Number(today.slice(0, 4));
  const programme = listProgrammes(ws).find((p) => p.startYear <= year && year <= p.endYear);
  const audits = programme ? listAudits(ws, programme.id).filter((a) => a.status !== 'cancelled') : [];
  const coverage = programme ? programmeCoverage(ws, programme.id) : null;
  const defined = programme ? ['frequency', 'responsibilities', 'reporting'].filter((k) => !String(programme[k as 'frequency']).trim()) : [];
  const noLead = audits.filter((a) => !a.leadAuditor);
  const reported = audits.filter((a) => a.status === 'reported');
  const unraised = programme ? listFindings(ws, { programmeId: programme.id }).filter((f) => (f.verdict === 'major' || f.verdict === 'minor') && !f.ncId) : [];
  return [
    { label: 'An audit programme covers this year', met: !!programme, detail: programme ? `${programme.ref}, ${programme.startYear}-${programme.endYear}` : 'set one up in 9.2' },
    { label: 'The programme defines frequency, methods, responsibilities and reporting', met: !!programme && defined.length === 0 && programme.methods.length > 0, detail: programme && (defined.length || !programme.methods.length) ? `missing: ${[...defined, ...(programme.methods.length ? [] : ['methods'])].join(', ')}` : undefined },
    { label: 'Every clause 4-10 and applicable control is planned in the cycle', met: !!coverage && coverage.notPlanned === 0, detail: coverage ? `${coverage.notPlanned} of ${coverage.total} not planned` : undefined },
    { label: 'Every audit has a lead auditor', met: audits.length > 0 && noLead.length === 0, detail: audits.length ? (noLead.length ? `${noLead.map((a) => a.ref).join(', ')} without` : undefined) : 'no audit planned yet' },
    { label: 'Audit results are reported', met: reported.length > 0, detail: `${plural(reported.length, 'audit')} reported of ${audits.length}` },
    { label: 'Every nonconformity found is followed up in 10.2', met: reported.length > 0 && unraised.length === 0, detail: unraised.length ? `${unraised.map((f) => f.ref).join(', ')} not raised` : undefined },
  ];
}

export const auditsReadiness: ReadinessArea = {
  criteria: { '9.2': auditsCriteria },
  due: (ws, today, horizon) =>
    listAudits(ws).flatMap((a) => {
      const route = `/clause/9.2/audit/${a.id}`;
      if (a.status === 'planned' && a.startDate <= horizon) return [{ clauseId: '9.2', text: `Audit ${a.ref} "${a.title}" ${a.startDate < today ? 'was due to start' : 'starts'}`, date: a.startDate, overdue: a.startDate < today, route }];
      if ((a.status === 'planned' || a.status === 'in-progress') && a.endDate < today) return [{ clauseId: '9.2', text: `Report audit ${a.ref} "${a.title}" (fieldwork ended ${a.endDate})`, date: a.endDate, overdue: true, route }];
      return [];
    }),
};
