import type { VersionDiff } from '../../../../shared/contract/policies';

type Line = VersionDiff['lines'][number];
export type Shown = ({ kind: 'line' } & Line) | { kind: 'fold'; count: number };

/** Keeps `context` unchanged lines around each change and folds the rest, like a unified diff. */
export function foldUnchanged(lines: Line[], context = 3): Shown[] {
  const out: Shown[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].op !== 'same') {
      out.push({ kind: 'line', ...lines[i++] });
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end].op === 'same') end++;
    const keepBefore = i === 0 ? 0 : context;
    const keepAfter = end === lines.length ? 0 : context;
    const hidden = end - i - keepBefore - keepAfter;
    if (hidden > 1) {
      for (let k = i; k < i + keepBefore; k++) out.push({ kind: 'line', ...lines[k] });
      out.push({ kind: 'fold', count: hidden });
      for (let k = end - keepAfter; k < end; k++) out.push({ kind: 'line', ...lines[k] });
    } else {
      for (let k = i; k < end; k++) out.push({ kind: 'line', ...lines[k] });
    }
    i = end;
  }
  return out;
}
