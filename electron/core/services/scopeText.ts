import type { Boundary, BoundaryKind, Interface } from '../../../shared/contract/scope';

/** Joins a list the way people write it: "a", "a and b", "a, b and c". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const DIRECTION_WORDS = { inbound: 'into the ISMS', outbound: 'out of the ISMS', both: 'in both directions' } as const;

/**
 * A first draft of the scope statement in plain language, from what the wizard recorded. The user
 * edits it before approval; nothing here is standard text.
 */
export function composeScopeStatement(input: { organisation: string; boundaries: Boundary[]; interfaces: Interface[] }): string {
  const named = (kind: BoundaryKind, included: boolean) => input.boundaries.filter((b) => b.kind === kind && b.included === included).map((b) => b.name);
  const processes = named('process', true);
  const units = named('unit', true);
  const locations = named('location', true);
  const assets = named('asset', true);
  const org = input.organisation;

  const paragraphs: string[] = [];
  let first = `The information security management system (ISMS) of ${org} covers`;
  first += processes.length ? ` ${listInWords(processes)}` : ' the activities listed below';
  if (units.length) first += `, carried out by ${listInWords(units)}`;
  if (locations.length) first += `, at ${listInWords(locations)}`;
  paragraphs.push(`${first}.`);
  if (assets.length) paragraphs.push(`It protects ${listInWords(assets)}, whatever form they take and wherever they are stored or processed within these boundaries.`);

  const exclusions = input.boundaries.filter((b) => !b.included);
  if (exclusions.length) {
    paragraphs.push(
      ['The following are outside the scope:', ...exclusions.map((b) => `- ${b.name}: ${b.justification.trim().replace(/\.$/, '')}.`)].join('\n'),
    );
  }
  if (input.interfaces.length) {
    paragraphs.push(
      [
        'The ISMS depends on or exchanges information with other organisations at these interfaces:',
        ...input.interfaces.map((i) => `- ${i.counterpart}: ${i.crossing.trim().replace(/\.$/, '')} (${DIRECTION_WORDS[i.direction]}).`),
      ].join('\n'),
    );
  }
  paragraphs.push(`In setting these boundaries ${org} considered the internal and external issues it recorded (4.1) and the requirements of its interested parties (4.2).`);
  return paragraphs.join('\n\n');
}
