import type { Boundary, BoundaryKind, Interface } from '../../../shared/contract/scope';

/** Joins a list the way people write it: "a", "a and b", "a, b and c". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A name as it reads inside a sentence: "Customer support" becomes "customer support", while names
 * that start with an acronym or a proper noun the user capitalised twice ("IT services", "SAP HR")
 * keep their capitals. Units and locations are names of places and teams and are left alone.
 */
export function inSentence(name: string): string {
  const trimmed = name.trim();
  const [word] = trimmed.split(/\s+/);
  if (word.length > 1 && word === word.toUpperCase()) return trimmed;
  if (/^[A-Z][a-z]/.test(word) && !/[A-Z]/.test(word.slice(1))) return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
  return trimmed;
}

/** Strips one pair of brackets the user already typed, so "(dependency)" is not wrapped again. */
const unbracket = (text: string) => text.trim().replace(/^\((.*)\)$/, '$1').replace(/\.$/, '');

const DIRECTION_WORDS = { inbound: 'coming into the ISMS', outbound: 'going out of the ISMS', both: 'in both directions' } as const;

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
  // Short sentences, one idea each: what is covered, who does it and where, what is protected.
  const first = `The information security management system (ISMS) of ${org} covers ${processes.length ? listInWords(processes.map(inSentence)) : 'the activities listed below'}.`;
  const who = units.length ? ` carried out by ${listInWords(units)}` : '';
  const where = locations.length ? ` at ${listInWords(locations)}` : '';
  paragraphs.push(who || where ? `${first} ${processes.length === 1 ? 'It is' : 'They are'}${who}${where}.` : first);
  if (assets.length) paragraphs.push(`It protects ${listInWords(assets.map(inSentence))}, whatever form they take and wherever they are stored or processed within these boundaries.`);

  const exclusions = input.boundaries.filter((b) => !b.included);
  if (exclusions.length) {
    paragraphs.push(
      ['The following are outside the scope:', ...exclusions.map((b) => `- ${b.name}: ${unbracket(b.justification)}.`)].join('\n'),
    );
  }
  if (input.interfaces.length) {
    paragraphs.push(
      [
        'The ISMS depends on or exchanges information with other organisations at these interfaces:',
        ...input.interfaces.map((i) => `- ${i.counterpart}: ${unbracket(i.crossing)}, ${DIRECTION_WORDS[i.direction]}.`),
      ].join('\n'),
    );
  }
  paragraphs.push(`In setting these boundaries ${org} considered the internal and external issues it recorded (4.1) and the requirements of its interested parties (4.2).`);
  return paragraphs.join('\n\n');
}
