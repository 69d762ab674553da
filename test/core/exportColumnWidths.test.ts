import { describe, expect, it } from 'vitest';
import { columnWidths, type Column } from '../../electron/core/export/model';

// The DOCX renderer's figures: a 9 pt character and a cell's margins, in twips; A4 portrait text width.
const UNIT = 96;
const PAD = 230;
const PORTRAIT = 9638;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** The width an id of `n` capitals-and-digits needs, as the renderer measures a code column. */
const idWidth = (n: number) => n * 1.3 * UNIT + PAD;

describe('table column widths (shared by the DOCX and PDF renderers)', () => {
  it('a table that fits keeps every id, date and number whole and shares the rest by weight', () => {
    const columns: Column[] = [{ header: 'Id', weight: 0, kind: 'code' }, { header: 'Risk', weight: 3 }, { header: 'Due', weight: 0, kind: 'date' }, { header: 'Cost', weight: 0, kind: 'number' }];
    const widths = columnWidths(columns, [['RSK-001', 'Ransomware encrypts file servers', '2026-01-15', '1,000']], PORTRAIT, UNIT, PAD);
    expect(sum(widths)).toBeCloseTo(PORTRAIT, 3);
    expect(widths[0]).toBeGreaterThanOrEqual(idWidth(7));
    expect(widths[2]).toBeGreaterThanOrEqual(10 * UNIT + PAD);
    expect(widths[1]).toBeGreaterThan(widths[0] * 3);
  });

  it('a table too wide for the page squeezes its text columns, never the id column', () => {
    // Eight text columns whose longest words are 16 letters: together they need more than the page.
    const text = Array.from({ length: 8 }, (_v, i): Column => ({ header: `Responsibilities ${i}`, weight: 1 }));
    const columns: Column[] = [{ header: 'Id', weight: 0, kind: 'code' }, ...text];
    const rows = [['ISMS-6.1.3-SOA', ...text.map(() => 'Responsibilities accountabilities')]];
    const widths = columnWidths(columns, rows, PORTRAIT, UNIT, PAD);
    expect(sum(widths)).toBeCloseTo(PORTRAIT, 3);
    // Before: every column shrank by the same share, and "ISMS-6.1.3-SOA" broke over two lines.
    expect(widths[0]).toBeGreaterThanOrEqual(idWidth('ISMS-6.1.3-SOA'.length) - 1e-6);
    for (const w of widths.slice(1)) expect(w).toBeLessThan(16 * UNIT + PAD);
  });

  it('an id inside a text column (a risk cited by a control) is never narrower than the id itself', () => {
    const columns: Column[] = [{ header: 'Control', weight: 0, kind: 'code' }, ...Array.from({ length: 8 }, (_v, i): Column => ({ header: `Heading ${i}`, weight: 1 })), { header: 'Risks', weight: 1 }];
    const long = 'Responsibilities';
    const rows = [['5.1', ...Array.from({ length: 8 }, () => `${long} ${long}`), 'RSK-0001']];
    const widths = columnWidths(columns, rows, PORTRAIT, UNIT, PAD);
    expect(sum(widths)).toBeCloseTo(PORTRAIT, 3);
    expect(widths[9]).toBeGreaterThanOrEqual(3 * 1.3 * UNIT + 5 * 1.05 * UNIT + PAD - 1e-6);
  });

  it('when even the ids cannot fit, every column shrinks in proportion and the total is the page', () => {
    const columns: Column[] = Array.from({ length: 20 }, (_v, i): Column => ({ header: `C${i}`, weight: 0, kind: 'code' }));
    const widths = columnWidths(columns, [columns.map(() => 'ISMS-6.1.2-REG')], PORTRAIT, UNIT, PAD);
    expect(sum(widths)).toBeCloseTo(PORTRAIT, 3);
    expect(new Set(widths.map((w) => Math.round(w))).size).toBe(1);
  });
});
