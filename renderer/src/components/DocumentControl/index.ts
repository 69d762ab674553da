export { DocumentControlPanel } from './DocumentControlPanel';
export { ApprovalFields, emptyApproval, today, type ApprovalValues } from './ApprovalFields';
