/**
 * Starter skills for 7.2, written for this workbench: the competences an ISMS usually needs from the
 * people running it. Seeded once into a new workspace (services/seeds.ts); users rename, add and delete.
 */
export interface SkillSeed {
  key: string;
  name: string;
  description: string;
}

export const SKILL_SEEDS: SkillSeed[] = [
  { key: 'isms-management', name: 'Running an ISMS', description: 'Planning, operating and improving the management system: objectives, documents, reviews, corrective action.' },
  { key: 'risk-assessment', name: 'Information security risk assessment', description: 'Finding, analysing and evaluating risks with the workspace method, and choosing treatments.' },
  { key: 'internal-auditing', name: 'Internal auditing', description: 'Planning audits, gathering evidence by sampling and interview, writing findings that stand up.' },
  { key: 'incident-handling', name: 'Incident handling', description: 'Recognising, reporting, containing and learning from information security incidents.' },
  { key: 'data-protection', name: 'Data protection law', description: 'What the privacy laws that apply to the organisation require, and how to meet them.' },
  { key: 'secure-operations', name: 'Secure IT operations', description: 'Access management, patching, backups, logging and monitoring of the systems in scope.' },
  { key: 'secure-development', name: 'Secure development', description: 'Building and changing software without opening weaknesses: secure coding, review, testing.' },
];
