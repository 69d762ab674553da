import { Badge } from '@mantine/core';
import { LEVEL_LABEL, type RiskLevel } from '../../../../shared/contract/riskMethod';
import { LEVEL_MANTINE } from './labels';

export function LevelBadge({ level, score }: { level: RiskLevel | null; score?: number | null }) {
  if (!level) return <Badge variant="outline" color="gray">not assessed</Badge>;
  return (
    // Black text reads on every level colour; white fails on green, yellow and orange (axe colour contrast, issue 11).
    <Badge color={LEVEL_MANTINE[level]} variant="filled" c="#000" data-level={level}>
      {LEVEL_LABEL[level]}
      {score ? ` · ${score}` : ''}
    </Badge>
  );
}
