export const CLAUSE_EXPLANATION = [
  'Clause 5.3 asks top management to make sure that the roles that matter for information security have clear responsibilities and authorities, that they are given to people, and that everyone knows.',
  'Two things must be covered at least: someone who makes sure the ISMS meets ISO/IEC 27001, and someone who reports on how it performs to top management.',
  'Start from the role catalogue: the usual roles are already there and you can rename, rewrite or add to them. Then assign people, and record when each person accepted their role.',
  'The RACI matrix shows who does what for each ISMS activity: Responsible (does the work), Accountable (answers for it; exactly one per activity), Consulted and Informed.',
];
