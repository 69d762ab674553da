import { AlignmentType, BorderStyle, ImageRun, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { LEVEL_COLOR, LEVEL_LABEL, type RiskLevel, type RiskMethod } from '../../../../shared/contract/riskMethod';
import { heatMapPng } from '../png';
import { xmlSafe } from './common';

const border = { style: BorderStyle.SINGLE, size: 4, color: 'FFFFFF' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, fill?: string, bold = false) {
  return new TableCell({
    borders,
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: xmlSafe(text), bold, size: 16 })] })],
  });
}

/** The risk matrix as a coloured table: likelihood rows from the top level down, impact columns. */
export function matrixTable(m: RiskMethod, counts?: number[][]): Table {
  const rows: TableRow[] = [];
  for (let l = m.likelihood.length; l >= 1; l--) {
    rows.push(
      new TableRow({
        children: [
          cell(`${l} ${m.likelihood[l - 1].label}`, 'DCE6F1', true),
          ...m.impact.map((_s, i) => {
            const level = m.matrix[l - 1][i];
            return cell(counts ? String(counts[l - 1][i] || '') : LEVEL_LABEL[level], LEVEL_COLOR[level]);
          }),
        ],
      }),
    );
  }
  rows.push(new TableRow({ children: [cell('Likelihood / impact', 'DCE6F1', true), ...m.impact.map((s, i) => cell(`${i + 1} ${s.label}`, 'DCE6F1', true))] }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

/** A heat map as an embedded PNG (likelihood up, impact right), with its colours from the matrix. */
export function heatMapImage(m: RiskMethod, counts: number[][]): Paragraph {
  const colours = m.matrix.map((row) => row.map((level: RiskLevel) => LEVEL_COLOR[level]));
  const png = heatMapPng({ counts, colours });
  const w = 60 + m.impact.length * 90;
  const h = 60 + m.likelihood.length * 90;
  const scale = 380 / w;
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: png, transformation: { width: Math.round(w * scale), height: Math.round(h * scale) } })] });
}

export const levelText = (level: RiskLevel | null) => (level ? LEVEL_LABEL[level] : '—');
