import { Badge } from '@mantine/core';
import { LEVEL_LABEL, type RiskLevel } from '../../../../shared/contract/riskMethod';
import { LEVEL_MANTINE } from './labels';

export function LevelBadge({ level, score }: { level: RiskLevel | null; score?: number | null }) {
  if (!level) return <Badge variant="outline" color="gray">not assessed</Badge>;
  return (
    <Badge color={LEVEL_MANTINE[level]} variant="filled" data-level={level}>
      {LEVEL_LABEL[level]}
      {score ? ` · ${score}` : ''}
    </Badge>
  );
}
