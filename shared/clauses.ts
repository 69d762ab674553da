/** The clauses of ISO/IEC 27001:2022 the workbench guides through, in ISO order. Ids and titles are facts. */
export interface ClauseInfo {
  id: string;
  title: string;
  group: ClauseGroupId;
  /** The route of the clause's page; absent while the clause has no wizard yet. */
  route?: string;
}

export type ClauseGroupId = '4' | '5' | '6' | '7' | '8' | '9' | '10';

export const CLAUSE_GROUPS: ReadonlyArray<{ id: ClauseGroupId; title: string }> = [
  { id: '4', title: 'Context' },
  { id: '5', title: 'Leadership' },
  { id: '6', title: 'Planning' },
  { id: '7', title: 'Support' },
  { id: '8', title: 'Operation' },
  { id: '9', title: 'Performance evaluation' },
  { id: '10', title: 'Improvement' },
];

export const CLAUSES: ReadonlyArray<ClauseInfo> = [
  { id: '4.1', title: 'Organisation and its context', group: '4', route: '/clause/4.1' },
  { id: '4.2', title: 'Interested parties', group: '4', route: '/clause/4.2' },
  { id: '4.3', title: 'Scope of the ISMS', group: '4', route: '/clause/4.3' },
  { id: '4.4', title: 'ISMS and its processes', group: '4', route: '/clause/4.4' },
  { id: '5.1', title: 'Leadership and commitment', group: '5', route: '/clause/5.1' },
  { id: '5.2', title: 'Policy', group: '5', route: '/clause/5.2' },
  { id: '5.3', title: 'Roles, responsibilities and authorities', group: '5', route: '/clause/5.3' },
  { id: '6.1', title: 'Risks, opportunities and treatment', group: '6', route: '/clause/6.1' },
  { id: '6.2', title: 'Information security objectives', group: '6', route: '/clause/6.2' },
  { id: '6.3', title: 'Planning of changes', group: '6', route: '/clause/6.3' },
  { id: '7.1', title: 'Resources', group: '7', route: '/clause/7.1' },
  { id: '7.2', title: 'Competence', group: '7', route: '/clause/7.2' },
  { id: '7.3', title: 'Awareness', group: '7', route: '/clause/7.3' },
  { id: '7.4', title: 'Communication', group: '7', route: '/clause/7.4' },
  { id: '7.5', title: 'Documented information', group: '7', route: '/clause/7.5' },
  { id: '8.1', title: 'Operational planning and control', group: '8', route: '/clause/8.1' },
  { id: '8.2', title: 'Risk assessment', group: '8', route: '/clause/8.2' },
  { id: '8.3', title: 'Risk treatment', group: '8', route: '/clause/8.3' },
  { id: '9.1', title: 'Monitoring, measurement, analysis and evaluation', group: '9', route: '/clause/9.1' },
  { id: '9.2', title: 'Internal audit', group: '9', route: '/clause/9.2' },
  { id: '9.3', title: 'Management review', group: '9', route: '/clause/9.3' },
  { id: '10.1', title: 'Continual improvement', group: '10', route: '/clause/10.1' },
  { id: '10.2', title: 'Nonconformity and corrective action', group: '10', route: '/clause/10.2' },
];

export const CLAUSE_IDS = CLAUSES.map((c) => c.id) as [string, ...string[]];
