import type { RaciMatrix, Role } from '../../../shared/contract/roles';
import { readRaci } from '../services/raci';
import { readRoles } from '../services/roles';
import { plural, type Criterion, type ReadinessArea } from './types';

/** The two assignments 5.3 names: keeping the ISMS conforming, and reporting on its performance. */
export const REQUIRED_ACTIVITIES = ['isms-conformity', 'report-performance'] as const;

function requiredCovered(roles: Role[], matrix: RaciMatrix): { met: boolean; detail?: string } {
  const missing = REQUIRED_ACTIVITIES.filter((key) => {
    const activity = matrix.activities.find((a) => a.key === key);
    const accountable = activity?.cells.find((c) => c.value === 'A');
    return !accountable || !roles.find((r) => r.id === accountable.roleId)?.assignments.length;
  });
  if (!missing.length) return { met: true };
  const names = { 'isms-conformity': 'ISMS conformity', 'report-performance': 'reporting performance' };
  return { met: false, detail: `nobody holds the accountable role for ${missing.map((k) => names[k]).join(' and ')}` };
}

export function rolesCriteria(roles: Role[], matrix: RaciMatrix): Criterion[] {
  const any = roles.length > 0;
  const undescribed = roles.filter((r) => !r.responsibilities.trim() || !r.authorities.trim());
  const empty = roles.filter((r) => r.assignments.length === 0);
  const assignments = roles.flatMap((r) => r.assignments);
  const unaccepted = assignments.filter((a) => !a.acceptedOn);
  // The catalogue arrives prefilled with our wording; it counts once the organisation adopts it by
  // assigning people, so a new workspace reads 0 % rather than a figure we shipped.
  const adopted = assignments.length > 0;
  return [
    {
      label: 'Every role states its responsibilities and authorities',
      met: adopted && undescribed.length === 0,
      detail: !any ? 'open 5.3 to start the catalogue' : undescribed.length ? `${plural(undescribed.length, 'role')} to complete` : !adopted ? 'the shipped catalogue counts once people are assigned' : undefined,
    },
    { label: 'Every role has someone assigned', met: any && empty.length === 0, detail: empty.length ? `unassigned: ${empty.map((r) => r.name).join(', ')}` : undefined },
    {
      label: 'Everyone assigned has accepted their role',
      met: assignments.length > 0 && unaccepted.length === 0,
      detail: assignments.length ? `${assignments.length - unaccepted.length} of ${assignments.length} accepted` : undefined,
    },
    { label: 'Someone is accountable for ISMS conformity and for reporting its performance', ...requiredCovered(roles, matrix) },
  ];
}

export const rolesReadiness: ReadinessArea = {
  criteria: { '5.3': (ws) => rolesCriteria(readRoles(ws), readRaci(ws)) },
};
