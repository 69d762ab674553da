import { Document, Packer } from 'docx';
import { IMPLEMENTATION_LABEL, REASON_LABEL, THEME_LABEL, type Control, type SoaCheck } from '../../../../shared/contract/controls';
import { docStyles, footer, heading, landscapeA4, para, portraitA4, registerTable, titlePage, type DocumentHeader } from './common';

export interface SoaData {
  header: DocumentHeader;
  controls: Control[];
  check: SoaCheck;
}

export const applicableText = (c: Control) => (c.applicable === null ? 'Not decided' : c.applicable ? 'Yes' : 'No');

/** The justification as printed: the reasons, their sources, then the free text; for exclusions the reason. */
export function justificationText(c: Control): string {
  if (c.applicable === false) return c.exclusionReason;
  const reasons = c.allReasons.map((r) => REASON_LABEL[r]).join('; ');
  const sources = c.autoReasons.map((a) => a.source);
  return [reasons, ...sources, c.justification].filter(Boolean).join('\n');
}

/** 6.1.3 d): every Annex A control (and custom ones) with applicability, justification and status. */
export async function buildSoaDocx(d: SoaData): Promise<Buffer> {
  const themes = [...new Set(d.controls.map((c) => c.theme))];
  const problems = d.check.omitted.length + d.check.unjustified.length + d.check.excludedWithoutReason.length;
  const doc = new Document({
    creator: 'ISMS Workbench',
    title: d.header.title,
    styles: docStyles,
    sections: [
      { properties: portraitA4, footers: { default: footer(d.header) }, children: titlePage(d.header) },
      {
        properties: landscapeA4,
        footers: { default: footer(d.header) },
        children: [
          heading('Summary'),
          para(`${d.check.total} controls: ${d.check.applicable} applicable, ${d.check.excluded} excluded, ${d.check.undecided} not decided yet. ${problems ? `${problems} entries need attention (see the end of this document).` : 'No necessary control is omitted and every decision is justified.'}`),
          ...themes.flatMap((t) => [
            heading(`${THEME_LABEL[t]} controls`),
            registerTable<Control>(
              [
                { header: 'Control', width: 6, value: (c) => c.ref },
                { header: 'Title', width: 22, value: (c) => c.title },
                { header: 'Applicable', width: 8, value: applicableText },
                { header: 'Justification', width: 44, value: justificationText },
                { header: 'Status', width: 10, value: (c) => (c.applicable === false ? '—' : IMPLEMENTATION_LABEL[c.status]) },
                { header: 'Owner', width: 10, value: (c) => c.ownerName ?? '' },
              ],
              d.controls.filter((c) => c.theme === t),
            ),
          ]),
          ...(problems
            ? [
                heading('Entries that need attention'),
                ...d.check.omitted.map((o) => para(`${o.ref} ${o.title}: chosen to treat ${o.riskRefs.join(', ')} but marked not applicable.`)),
                ...d.check.unjustified.map((o) => para(`${o.ref} ${o.title}: applicable without a justification.`)),
                ...d.check.excludedWithoutReason.map((o) => para(`${o.ref} ${o.title}: excluded without a reason.`)),
              ]
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
