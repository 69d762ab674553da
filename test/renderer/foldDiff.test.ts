import { describe, expect, it } from 'vitest';
import { foldUnchanged } from '../../renderer/src/features/policies/foldDiff';

const same = (n: number, from = 0) => Array.from({ length: n }, (_v, i) => ({ op: 'same' as const, text: `s${from + i}` }));

describe('diff folding', () => {
  it('keeps three lines of context around a change and folds the rest', () => {
    const lines = [...same(10), { op: 'added' as const, text: 'new' }, ...same(10, 10)];
    const shown = foldUnchanged(lines);
    expect(shown.map((l) => (l.kind === 'fold' ? `…${l.count}` : l.text))).toEqual(['…7', 's7', 's8', 's9', 'new', 's10', 's11', 's12', '…7']);
  });

  it('keeps context on both sides of an unchanged run between two changes, and never folds a single line', () => {
    const lines = [{ op: 'removed' as const, text: 'old' }, ...same(7), { op: 'added' as const, text: 'new' }];
    expect(foldUnchanged(lines).map((l) => (l.kind === 'fold' ? `…${l.count}` : l.text))).toEqual(['old', 's0', 's1', 's2', 's3', 's4', 's5', 's6', 'new']);
    const longer = [{ op: 'removed' as const, text: 'old' }, ...same(8), { op: 'added' as const, text: 'new' }];
    expect(foldUnchanged(longer).map((l) => (l.kind === 'fold' ? `…${l.count}` : l.text))).toEqual(['old', 's0', 's1', 's2', '…2', 's5', 's6', 's7', 'new']);
  });
});
