/** The tables whose changes give the 6.1 risk and SoA documents their version (export/header.ts). */
export const RISK_TABLES = ['risk_method', 'assets', 'risks', 'risk_issues', 'risk_requirements', 'risk_controls', 'treatment_actions', 'risk_decisions'];
export const SOA_TABLES = ['controls', 'control_requirements', 'risk_controls'];
