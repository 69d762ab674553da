/**
 * Does the information security policy say what 5.2 asks? Three elements, each found when one
 * sentence matches every pattern of one of its keyword groups. The groups are ours and generous
 * with wording; a person still reads the policy, this only points at gaps.
 */
export const COVERAGE_ELEMENTS = ['objectives', 'requirements', 'improvement'] as const;
export type CoverageElement = (typeof COVERAGE_ELEMENTS)[number];

export interface CoverageResult {
  element: CoverageElement;
  label: string;
  found: boolean;
  /** The first sentence that satisfied the element, shortened. */
  evidence: string | null;
}

const COMMIT = /\b(commit(s|ted|ment)?|pledges?|undertakes?|will|shall|is dedicated to|are dedicated to)\b/i;

/** Requirements that come from outside the policy itself: law, regulation, contracts, interested parties. */
const APPLICABLE =
  /\b(applicable|legal|statutory|regulatory|contractual|customer|interested part(y|ies))\b[^.]*\b(requirements?|obligations?)\b|\b(laws?|legislation|regulations?)\b/i;

interface ElementRule {
  label: string;
  /** Alternatives; each alternative is a list of patterns that must all match the same sentence. */
  groups: RegExp[][];
}

export const COVERAGE_RULES: Record<CoverageElement, ElementRule> = {
  objectives: {
    label: 'Information security objectives, or a framework for setting them',
    groups: [
      [/\b(information security|security|isms)\s+objectives?\b/i],
      [/\bobjectives?\b/i, /\b(information security|security|isms|protect\w*)\b/i, /\b(set|setting|establish\w*|define\w*|agree\w*|measur\w*|review\w*|framework)\b/i],
      [/\bframework\b/i, /\b(objectives?|goals?|targets?)\b/i],
      [/\b(measurable|measured)\s+(security\s+)?(goals?|targets?)\b/i],
    ],
  },
  requirements: {
    label: 'A commitment to meet applicable information security requirements',
    groups: [
      [COMMIT, /\b(meet|meeting|satisf\w*|compl(y\w*|ie\w*|iance)|fulfil\w*|conform\w*|honour\w*|respect\w*)\b/i, APPLICABLE],
    ],
  },
  improvement: {
    label: 'A commitment to continual improvement of the ISMS',
    groups: [
      [COMMIT, /\b(continual(ly)?|continuous(ly)?|ongoing|constantly)\s+improv\w*/i],
      [COMMIT, /\bimprov\w*\b/i, /\b(continual(ly)?|continuous(ly)?|over time|year on year|on an ongoing basis)\b/i],
    ],
  },
};

/** Sentences of the text; line breaks end a sentence too, so headings and list items stand alone. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^[#\-*\d.|\s]+/, '').trim())
    .filter(Boolean);
}

const shorten = (s: string, max = 200) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function checkPolicyCoverage(text: string): CoverageResult[] {
  const parts = sentences(text);
  return COVERAGE_ELEMENTS.map((element) => {
    const rule = COVERAGE_RULES[element];
    const hit = parts.find((s) => rule.groups.some((group) => group.every((re) => re.test(s))));
    return { element, label: rule.label, found: hit !== undefined, evidence: hit ? shorten(hit) : null };
  });
}
