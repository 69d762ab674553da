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

const R = 11; // radius of a numbered point
const GAP = 3;

/**
 * Places every point on its spot, or when that is taken, on the nearest free place on rings around
 * it (6 places on the first ring, 12 on the second...). A place outside the plot or touching a point
 * already placed is skipped, so no two points overlap and none leaves the plot, corners included.
 */
function spread(points: (GridPoint & { n: number })[]) {
  const minDistance = 2 * R + GAP;
  const inside = (x: number, y: number) => x >= M.left + R + 1 && x <= W - M.right - R - 1 && y >= M.top + R + 1 && y <= H - M.bottom - R - 1;
  const placed: { cx: number; cy: number }[] = [];
  const free = (x: number, y: number) => inside(x, y) && placed.every((q) => Math.hypot(q.cx - x, q.cy - y) >= minDistance - 0.01);
  return points.map((p) => {
    const x0 = sx(p.x);
    const y0 = sy(p.y);
    let spot = { cx: x0, cy: y0 };
    search: for (let ring = 0; ring <= 12; ring++) {
      const count = ring === 0 ? 1 : 6 * ring;
      for (let k = 0; k < count; k++) {
        const angle = (2 * Math.PI * k) / count - Math.PI / 2;
        const x = x0 + ring * minDistance * Math.cos(angle);
        const y = y0 + ring * minDistance * Math.sin(angle);
        if (free(x, y)) {
          spot = { cx: x, cy: y };
          break search;
        }
      }
    }
    placed.push(spot);
    return { ...p, ...spot };
  });
}

/**
 * A score map (power/interest grid, trust/agreement matrix): zones drawn from the same thresholds
 * the core uses, every party as a numbered point with its name in the legend below (names written
 * into the plot collided and ran off it with five parties, issue 9). Points carry their data as
 * attributes so tests can check placement, and each is a focusable button for keyboard users, with
 * the full name as its tooltip.
 */
export function ScoreGrid({ title, xLabel, yLabel, zones, points, onPointClick }: ScoreGridProps) {
  const numbered = points.map((p, i) => ({ ...p, n: i + 1 }));
  const placed = spread(numbered);
  return (
    <Box>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="group" aria-label={title} style={{ maxWidth: W, fontFamily: 'inherit' }}>
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
            aria-label={`${p.n} ${p.label}: ${p.zone.replace('-', ' ')}`}
            style={{ cursor: onPointClick ? 'pointer' : 'default' }}
            onClick={() => onPointClick?.(p.id)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onPointClick?.(p.id)}
          >
            <title>{`${p.n}. ${p.label} (${xLabel} ${p.x}, ${yLabel} ${p.y})`}</title>
            <circle cx={p.cx} cy={p.cy} r={R} fill="#3b5bdb" stroke="white" strokeWidth={2} />
            <text x={p.cx} y={p.cy} dy="0.35em" fontSize={p.n > 99 ? 8 : 11} fontWeight={700} fill="white" textAnchor="middle">
              {p.n}
            </text>
          </g>
        ))}
      </svg>
      {numbered.length > 0 && (
        <Box component="ol" aria-label={`${title}: legend`} data-testid="grid-legend" m={0} mt="xs" p={0} style={{ listStyle: 'none', columns: '2 12rem', columnGap: 16 }}>
          {numbered.map((p) => (
            <Text component="li" key={p.id} size="xs" style={{ breakInside: 'avoid', overflowWrap: 'anywhere' }}>
              <Text span fw={700} c="indigo.8" mr={6}>
                {p.n}
              </Text>
              {p.label}
              <Text span c="dimmed">
                {` (${p.x}, ${p.y})`}
              </Text>
            </Text>
          ))}
        </Box>
      )}
      {points.length === 0 && (
        <Text size="sm" c="dimmed" ta="center">
          Add parties and score them to see them here.
        </Text>
      )}
    </Box>
  );
}
