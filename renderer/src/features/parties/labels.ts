import type { Zone } from '../../components/ScoreGrid/ScoreGrid';

export const PARTIES_EXPLANATION = [
  'Your ISMS exists for people and organisations outside and inside it: regulators, customers, suppliers, staff, owners. List the ones whose needs or actions matter for information security.',
  'For each party, write down what they require of you: laws and regulations, contract clauses, and expectations nobody wrote down. Then decide, requirement by requirement, whether the ISMS will address it, and how.',
  'Scoring each party for interest and influence tells you how much attention they need; scoring trust and agreement tells you how to approach them. The two maps below are drawn from those scores.',
  'Give each party a review date: needs change, especially after contract renewals, new laws or incidents.',
];

/** Power/interest grid: 3 or more counts as high, the same threshold as the core's quadrantOf. */
export const POWER_ZONES: Zone[] = [
  { key: 'keep-satisfied', label: 'Keep satisfied', color: '#fff3bf', x: [0.5, 2.5], y: [2.5, 5.5] },
  { key: 'manage-closely', label: 'Manage closely', color: '#ffd8a8', x: [2.5, 5.5], y: [2.5, 5.5] },
  { key: 'monitor', label: 'Monitor', color: '#e9ecef', x: [0.5, 2.5], y: [0.5, 2.5] },
  { key: 'keep-informed', label: 'Keep informed', color: '#d0ebff', x: [2.5, 5.5], y: [0.5, 2.5] },
];

/** Trust/agreement matrix: a 3 on either axis is a fence-sitter, as in the core's attitudeOf. */
export const TRUST_ZONES: Zone[] = [
  { key: 'opponents', label: 'Opponents', color: '#ffe3e3', x: [0.5, 2.5], y: [3.5, 5.5] },
  { key: 'allies', label: 'Allies', color: '#d3f9d8', x: [3.5, 5.5], y: [3.5, 5.5] },
  { key: 'adversaries', label: 'Adversaries', color: '#ffc9c9', x: [0.5, 2.5], y: [0.5, 2.5] },
  { key: 'bedfellows', label: 'Bedfellows', color: '#fff3bf', x: [3.5, 5.5], y: [0.5, 2.5] },
  { key: 'fence-sitters', label: 'Fence-sitters', color: '#e9ecef', x: [2.5, 3.5], y: [0.5, 5.5], labelAt: [2.55, 5.38] },
  { key: 'fence-sitters', label: 'Fence-sitters', color: '#e9ecef', x: [0.5, 5.5], y: [2.5, 3.5] },
];
