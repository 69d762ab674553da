import { Document, Packer } from 'docx';
import type { HeatMaps, Risk, RunComparison } from '../../../../shared/contract/risk';
import { LEVEL_LABEL, RISK_LEVELS, type RiskMethod } from '../../../../shared/contract/riskMethod';
import { docStyles, footer, heading, landscapeA4, para, portraitA4, registerTable, titlePage, type DocumentHeader } from './common';
import { heatMapImage, levelText } from './riskCommon';
import { TREATMENT_TEXT } from './treatmentWords';

export interface RiskReportData {
  header: DocumentHeader;
  method: RiskMethod;
  maps: HeatMaps;
  /** Highest first; at most `shown` of `total`. */
  risks: Risk[];
  total: number;
  byLevel: Record<string, number>;
  comparison: RunComparison | null;
}

/** 8.2: the results of the risk assessment, with both heat maps as pictures. */
export async function buildRiskReportDocx(d: RiskReportData): Promise<Buffer> {
  const levels = RISK_LEVELS.map((l) => `${LEVEL_LABEL[l]}: ${d.byLevel[l] ?? 0}`).join(', ');
  const cmp = d.comparison;
  const doc = new Document({
    creator: 'ISMS Workbench',
    title: d.header.title,
    styles: docStyles,
    sections: [
      { properties: portraitA4, footers: { default: footer(d.header) }, children: titlePage(d.header) },
      {
        properties: portraitA4,
        footers: { default: footer(d.header) },
        children: [
          heading('1 Summary'),
          para(`${d.total} risks are recorded. By inherent level: ${levels}. ${d.maps.withoutResidual} risks have no residual assessment yet.`),
          heading('2 Inherent risk heat map'),
          para('Likelihood rises upwards and impact to the right (numbers as in the method); each cell shows how many risks sit there before treatment.'),
          heatMapImage(d.method, d.maps.inherent),
          heading('3 Residual risk heat map'),
          para('The same after the planned treatment, for the risks whose residual likelihood and impact are estimated.'),
          heatMapImage(d.method, d.maps.residual),
          ...(cmp
            ? [
                heading('4 Change since the previous assessment'),
                para(`Compared with ${cmp.from.name} (${cmp.from.runDate}): ${cmp.added.length} new, ${cmp.closed.length} closed, ${cmp.risen.length} risen, ${cmp.fallen.length} fallen, ${cmp.unchanged} unchanged.`),
              ]
            : []),
        ],
      },
      {
        properties: landscapeA4,
        footers: { default: footer(d.header) },
        children: [
          heading('Prioritised risks'),
          para(d.risks.length < d.total ? `The ${d.risks.length} highest of ${d.total} risks; the full register is in the risk register workbook.` : `All ${d.total} risks, highest first.`),
          registerTable<Risk>(
            [
              { header: 'Id', width: 7, value: (r) => r.ref },
              { header: 'Risk', width: 30, value: (r) => (r.description ? `${r.title}\n${r.description}` : r.title) },
              { header: 'Owner', width: 12, value: (r) => r.ownerName ?? '' },
              { header: 'Inherent', width: 10, value: (r) => `${levelText(r.inherentLevel)} (${r.likelihood}x${r.impact})` },
              { header: 'Treatment', width: 14, value: (r) => TREATMENT_TEXT[r.treatment] },
              { header: 'Controls', width: 17, value: (r) => r.controls.map((c) => c.label).join('\n') },
              { header: 'Residual', width: 10, value: (r) => (r.residualLevel ? `${levelText(r.residualLevel)} (${r.residualLikelihood}x${r.residualImpact})` : '—') },
            ],
            d.risks,
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
