import { Document, Packer } from 'docx';
import { LEVEL_LABEL, RISK_LEVELS, type RiskMethod, type ScaleStep } from '../../../../shared/contract/riskMethod';
import { docStyles, footer, heading, para, portraitA4, registerTable, titlePage, type DocumentHeader } from './common';
import { matrixTable } from './riskCommon';

export interface RiskMethodDocData {
  header: DocumentHeader;
  method: RiskMethod;
}

const scaleTable = (steps: ScaleStep[]) =>
  registerTable<ScaleStep>(
    [
      { header: 'Level', width: 10, value: (_s, i) => String(i + 1) },
      { header: 'Label', width: 25, value: (s) => s.label },
      { header: 'Meaning', width: 65, value: (s) => s.description },
    ],
    steps,
  );

/** 6.1.2: the documented risk assessment process, with the criteria as configured in the workspace. */
export async function buildRiskMethodDocx({ header, method: m }: RiskMethodDocData): Promise<Buffer> {
  const accepted = RISK_LEVELS.filter((l) => RISK_LEVELS.indexOf(l) <= RISK_LEVELS.indexOf(m.acceptance)).map((l) => LEVEL_LABEL[l]);
  const doc = new Document({
    creator: 'ISMS Workbench',
    title: header.title,
    styles: docStyles,
    sections: [
      { properties: portraitA4, footers: { default: footer(header) }, children: titlePage(header) },
      {
        properties: portraitA4,
        footers: { default: footer(header) },
        children: [
          heading('1 Purpose'),
          para(`This document describes how ${header.organisation} identifies, analyses and evaluates information security risks, so that repeated assessments give consistent, valid and comparable results.`),
          heading('2 How risks are identified'),
          para('Risks are identified for the information and supporting assets in the scope of the ISMS. Each risk is either asset-based (an asset, a threat that could harm it and a vulnerability the threat could exploit) or event-based (a described event and its consequences). Every risk names the properties it affects (confidentiality, integrity, availability) and a risk owner who is accountable for managing it. Risks may cite the internal and external issues and the requirements of interested parties they arise from.'),
          heading('3 Risk criteria'),
          heading('3.1 Likelihood', 2),
          scaleTable(m.likelihood),
          heading('3.2 Impact', 2),
          scaleTable(m.impact),
          heading('3.3 Risk matrix', 2),
          para('The level of a risk is read from the matrix below at its likelihood (rows) and impact (columns).'),
          matrixTable(m),
          heading('3.4 Risk acceptance criteria', 2),
          para(`Risks at level ${accepted.join(', ')} may be accepted by the risk owner. Risks above ${LEVEL_LABEL[m.acceptance]} must be treated; accepting one without treatment requires a recorded justification and the risk owner's decision.`),
          heading('3.5 Asset values', 2),
          para(`Assets are valued separately for confidentiality (${m.assetScales.c.length} levels), integrity (${m.assetScales.i.length} levels) and availability (${m.assetScales.a.length} levels).`),
          scaleTable(m.assetScales.c),
          para(''),
          scaleTable(m.assetScales.i),
          para(''),
          scaleTable(m.assetScales.a),
          heading('4 Treatment'),
          para('For each risk the risk owner chooses one option: modify (mitigate) the risk with controls, share (transfer) it, avoid it by stopping the activity, or retain (accept) it. Chosen controls are compared with Annex A of ISO/IEC 27001 and recorded in the Statement of Applicability. The residual likelihood and impact are estimated once the treatment is planned. The risk owner approves the treatment plan and, separately, accepts the residual risk; both decisions are recorded with the date and a copy of the risk as it stood.'),
          heading('5 When assessments are repeated'),
          para(`The risk assessment is repeated every ${m.reviewMonths} months and whenever a significant change is proposed or occurs. Each assessment is recorded as a dated run so that results can be compared over time.`),
          ...(m.notes ? [heading('6 Notes'), para(m.notes)] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
