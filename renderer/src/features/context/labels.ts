import type { IssueCategory } from '../../../../shared/contract/context';

/** Guidance for 4.1, written by us: a question to ask under each heading, with examples. */
export const CATEGORY_GUIDE: Record<IssueCategory, { label: string; prompt: string }> = {
  political: { label: 'Political', prompt: 'Government policy, public-sector customers, sanctions or trade rules that change what you must protect.' },
  economic: { label: 'Economic', prompt: 'Budget pressure, market changes, insurance terms, the cost of an outage to you or your customers.' },
  social: { label: 'Social', prompt: 'Customer trust, remote and hybrid working, skills in the job market, public attitudes to privacy.' },
  technological: { label: 'Technological', prompt: 'Cloud services you depend on, new attack techniques, ageing systems, AI tools your staff use.' },
  legal: { label: 'Legal', prompt: 'Data protection law, sector regulation, contract clauses your customers impose, breach notification duties.' },
  environmental: { label: 'Environmental', prompt: 'Floods, heat, power cuts, where your data centres and offices are, pandemics.' },
  structure: { label: 'Structure', prompt: 'How the organisation is split up, who decides, mergers, outsourced functions.' },
  culture: { label: 'Culture', prompt: 'How seriously people take security, how mistakes are reported, appetite for risk.' },
  processes: { label: 'Processes', prompt: 'How work really gets done: change, onboarding, purchasing, handling customer data.' },
  resources: { label: 'Resources', prompt: 'People, time and budget available for security; dependence on a few key people.' },
  capabilities: { label: 'Capabilities', prompt: 'Skills and knowledge in-house, tooling, maturity of IT operations.' },
  systems: { label: 'Systems', prompt: 'Your applications, networks and data stores, and how well they are documented.' },
};

export const SWOT_LABEL = { strength: 'Strength', weakness: 'Weakness', opportunity: 'Opportunity', threat: 'Threat' } as const;
export const IMPACT_LABEL = { low: 'Low', medium: 'Medium', high: 'High' } as const;
export const KIND_LABEL = { external: 'External', internal: 'Internal' } as const;

export const CLAUSE_EXPLANATION = [
  'Before you can decide what the information security management system must do, write down what is going on around it and inside it.',
  'External issues come from outside the organisation: laws, markets, technology, the physical environment. The PESTLE headings help you think of them.',
  'Internal issues come from inside: how you are organised, your culture, your processes, people, skills and systems.',
  'For each issue, say whether it works for you (a strength or an opportunity) or against you (a weakness or a threat), and how it could affect what the ISMS achieves. Those effects feed the scope, the risk assessment and the objectives.',
  'Give every issue a review date. Issues change; the workbench reminds you when one is due for a fresh look.',
];
