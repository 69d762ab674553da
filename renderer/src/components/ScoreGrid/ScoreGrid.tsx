import { Box, Text } from '@mantine/core';

/** A region of the 1-5 by 1-5 score plane, in score units (0.5 .. 5.5 covers the whole plane). */
export interface Zone {
  key: string;
  label: string;
  color: string;
  x: [number, number];
  y: [number, number];
  /** Where the label sits; defaults to the zone's top-left corner. */
  labelAt?: [number, number];
}

export interface GridPoint {
  id: string;
  label: string;
  x: number;
  y: number;
  zone: string;
}

interface ScoreGridProps {
  title: string;
  xLabel: string;
  yLabel: string;
  zones: Zone[];
  points: GridPoint[];
  onPointClick?: (id: string) => void;
}

const W = 620;
const H = 460;
const M = { left: 56, right: 16, top: 16, bottom: 48 };
const sx = (v: number) => M.left + ((v - 0.5) / 5) * (W - M.left - M.right);
const sy = (v: number) => H - M.bottom - ((v - 0.5) / 5) * (H - M.top - M.bottom);

/** Spreads parties with the same scores around their spot so every one stays visible and clickable. */
function spread(points: GridPoint[]) {
  const groups = new Map<string, GridPoint[]>();
  for (const p of points) groups.set(`${p.x},${p.y}`, [...(groups.get(`${p.x},${p.y}`) ?? []), p]);
  return points.map((p) => {
    const group = groups.get(`${p.x},${p.y}`)!;
    const i = group.indexOf(p);
    if (group.length === 1) return { ...p, cx: sx(p.x), cy: sy(p.y) };
    const angle = (2 * Math.PI * i) / group.length;
    const r = Math.min(26, 10 + group.length * 3);
    return { ...p, cx: sx(p.x) + r * Math.cos(angle), cy: sy(p.y) + r * Math.sin(angle) };
  });
}

/**
 * A score map (power/interest grid, trust/agreement matrix): zones drawn from the same thresholds
 * the core uses, every party as a labelled point. Points carry their data as attributes so tests
 * can check placement, and each is a focusable button for keyboard users.
 */
export function ScoreGrid({ title, xLabel, yLabel, zones, points, onPointClick }: ScoreGridProps) {
  const placed = spread(points);
  return (
    <Box>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={title} style={{ maxWidth: W, fontFamily: 'inherit' }}>
        {zones.map((z, i) => (
          <rect
            key={`${z.key}-${i}`}
            data-zone={z.key}
            x={sx(z.x[0])}
            y={sy(z.y[1])}
            width={sx(z.x[1]) - sx(z.x[0])}
            height={sy(z.y[0]) - sy(z.y[1])}
            fill={z.color}
            stroke="white"
            strokeWidth={2}
          />
        ))}
        {zones
          .filter((z, i) => zones.findIndex((o) => o.key === z.key) === i)
          .map((z) => {
            const [lx, ly] = z.labelAt ?? [z.x[0] + 0.08, z.y[1] - 0.12];
            return (
              <text key={`label-${z.key}`} x={sx(lx)} y={sy(ly)} fontSize={13} fontWeight={700} fill="#343a40" dominantBaseline="hanging">
                {z.label}
              </text>
            );
          })}
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <text x={sx(v)} y={H - M.bottom + 18} fontSize={12} textAnchor="middle" fill="#495057">
              {v}
            </text>
            <text x={M.left - 12} y={sy(v) + 4} fontSize={12} textAnchor="end" fill="#495057">
              {v}
            </text>
          </g>
        ))}
        <text x={(M.left + W - M.right) / 2} y={H - 8} fontSize={13} textAnchor="middle" fontWeight={600}>
          {xLabel} →
        </text>
        <text x={16} y={(M.top + H - M.bottom) / 2} fontSize={13} textAnchor="middle" fontWeight={600} transform={`rotate(-90 16 ${(M.top + H - M.bottom) / 2})`}>
          {yLabel} →
        </text>
        {placed.map((p) => (
          <g
            key={p.id}
            data-testid="grid-point"
            data-name={p.label}
            data-zone={p.zone}
            data-x={p.x}
            data-y={p.y}
            role="button"
            tabIndex={0}
            aria-label={`${p.label}: ${p.zone.replace('-', ' ')}`}
            style={{ cursor: onPointClick ? 'pointer' : 'default' }}
            onClick={() => onPointClick?.(p.id)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onPointClick?.(p.id)}
          >
            <title>{`${p.label} (${xLabel} ${p.x}, ${yLabel} ${p.y})`}</title>
            <circle cx={p.cx} cy={p.cy} r={8} fill="#3b5bdb" stroke="white" strokeWidth={2} />
            {/* Labels of points near the right edge go to the left, so they are not cut off. */}
            <text x={p.x >= 4.5 ? p.cx - 11 : p.cx + 11} y={p.cy + 4} fontSize={12} fill="#212529" textAnchor={p.x >= 4.5 ? 'end' : 'start'}>
              {p.label.length > 22 ? `${p.label.slice(0, 21)}…` : p.label}
            </text>
          </g>
        ))}
      </svg>
      {points.length === 0 && (
        <Text size="sm" c="dimmed" ta="center">
          Add parties and score them to see them here.
        </Text>
      )}
    </Box>
  );
}
