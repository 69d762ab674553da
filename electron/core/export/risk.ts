import { count } from 'drizzle-orm';
import { levelOfRank } from '../../../shared/contract/riskMethod';
import type { Workspace } from '../db/open';
import { risks } from '../db/schema';
import { checkSoa, listControls } from '../services/controls';
import { listActions } from '../services/riskActions';
import { getMethod } from '../services/riskMethod';
import { allRisks, heatMaps, listRisks } from '../services/risks';
import { compareRuns, listRuns } from '../services/riskRuns';
import { buildRiskMethodDocx } from './docx/riskMethod';
import { buildRiskReportDocx } from './docx/riskReport';
import { buildSoaDocx } from './docx/soa';
import { buildTreatmentPlanDocx } from './docx/treatmentPlan';
import { buildRiskRegisterXlsx, buildSoaXlsx } from './xlsx/riskXlsx';
import type { DocumentHeader } from './docx/common';

/** How many risks the report lists by name (the register workbook has them all). */
export const REPORT_RISKS = 200;

export const riskMethodDoc = (ws: Workspace, h: DocumentHeader) => buildRiskMethodDocx({ header: h, method: getMethod(ws) });

export const riskRegisterXlsx = (ws: Workspace, h: DocumentHeader) => buildRiskRegisterXlsx(h, allRisks(ws));

export function riskReportDoc(ws: Workspace, h: DocumentHeader) {
  const top = listRisks(ws, { search: '', sort: 'priority', dir: 'desc', offset: 0, limit: REPORT_RISKS });
  const byLevel = Object.fromEntries(ws.db.select({ rank: risks.inherentRank, n: count() }).from(risks).groupBy(risks.inherentRank).all().map((r) => [levelOfRank(r.rank), r.n]));
  const runs = listRuns(ws);
  const comparison = runs.length >= 2 ? compareRuns(ws, runs[1].id, runs[0].id) : null;
  return buildRiskReportDocx({ header: h, method: getMethod(ws), maps: heatMaps(ws), risks: top.items, total: top.total, byLevel, comparison });
}

export const treatmentPlanDoc = (ws: Workspace, h: DocumentHeader) =>
  buildTreatmentPlanDocx({ header: h, risks: allRisks(ws), actions: listActions(ws), today: ws.env.now().toISOString().slice(0, 10) });

export function soaDoc(ws: Workspace, h: DocumentHeader) {
  const controls = listControls(ws, { search: '' });
  return buildSoaDocx({ header: h, controls, check: checkSoa(ws, controls) });
}

export const soaXlsx = (ws: Workspace, h: DocumentHeader) => buildSoaXlsx(h, listControls(ws, { search: '' }));

export { RISK_TABLES, SOA_TABLES } from './riskTables';
