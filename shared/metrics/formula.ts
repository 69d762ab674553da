/**
 * The small expression language of derived measures and indicators (issue 13, ISO/IEC 27004's
 * "measurement function"): numbers, base measure names, + - * /, parentheses, unary minus and a
 * postfix % (50% is 0.5). It is parsed by hand into a tree and evaluated by walking that tree; no
 * text is ever handed to eval or Function, and a name is looked up only among the base measures
 * given, so "constructor" or "__proto__" are just unknown measures.
 */
export type FormulaNode =
  | { type: 'number'; value: number }
  | { type: 'measure'; name: string }
  | { type: 'unary'; op: '-'; arg: FormulaNode }
  | { type: 'percent'; arg: FormulaNode }
  | { type: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode };

export class FormulaError extends Error {
  constructor(
    message: string,
    /** 0-based character position the message is about, when there is one. */
    readonly at?: number,
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}

export const FORMULA_MAX_LENGTH = 500;
const MAX_DEPTH = 40;
/** A base measure's name: a letter, then letters, digits or _ (at most 40). */
export const MEASURE_NAME = /^[a-z][a-z0-9_]{0,39}$/;

type Token = { kind: 'num'; value: number; at: number } | { kind: 'name'; value: string; at: number } | { kind: 'op'; value: string; at: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    const number = /^(\d+(\.\d+)?|\.\d+)/.exec(text.slice(i));
    if (number) {
      if (!Number.isFinite(Number(number[0]))) throw new FormulaError(`The number at character ${i + 1} is too large.`, i);
      tokens.push({ kind: 'num', value: Number(number[0]), at: i });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (name) {
      tokens.push({ kind: 'name', value: name[0], at: i });
      i += name[0].length;
      continue;
    }
    if ('+-*/()%'.includes(c)) {
      tokens.push({ kind: 'op', value: c, at: i });
      i++;
      continue;
    }
    throw new FormulaError(`"${c}" cannot be used in a formula (at character ${i + 1}). Use numbers, base measure names, + - * / % and parentheses.`, i);
  }
  return tokens;
}

/** Parses a formula, or throws FormulaError saying what is wrong and where. */
export function parseFormula(text: string): FormulaNode {
  if (typeof text !== 'string' || text.trim() === '') throw new FormulaError('Write a formula, for example done / total * 100.');
  if (text.length > FORMULA_MAX_LENGTH) throw new FormulaError(`A formula may be at most ${FORMULA_MAX_LENGTH} characters.`);
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.kind === 'op' && peek()!.value === v;
  const where = () => (peek() ? `at character ${peek()!.at + 1}` : 'at the end');

  // expression := term (('+' | '-') term)*;  term := factor (('*' | '/') factor)*
  // factor := '-' factor | postfix;  postfix := primary '%'*;  primary := number | name | '(' expression ')'
  function expression(depth: number): FormulaNode {
    let left = term(depth);
    while (isOp('+') || isOp('-')) {
      const op = tokens[pos++]!.value as '+' | '-';
      left = { type: 'binary', op, left, right: term(depth) };
    }
    return left;
  }
  function term(depth: number): FormulaNode {
    let left = factor(depth);
    while (isOp('*') || isOp('/')) {
      const op = tokens[pos++]!.value as '*' | '/';
      left = { type: 'binary', op, left, right: factor(depth) };
    }
    return left;
  }
  function factor(depth: number): FormulaNode {
    if (depth > MAX_DEPTH) throw new FormulaError('The formula is nested too deeply.');
    if (isOp('-')) {
      pos++;
      return { type: 'unary', op: '-', arg: factor(depth + 1) };
    }
    if (isOp('+')) {
      pos++;
      return factor(depth + 1);
    }
    let node = primary(depth);
    while (isOp('%')) {
      pos++;
      node = { type: 'percent', arg: node };
    }
    return node;
  }
  function primary(depth: number): FormulaNode {
    const t = peek();
    if (!t) throw new FormulaError('The formula ends too early: a number, a measure or "(" is missing at the end.');
    if (t.kind === 'num') {
      pos++;
      return { type: 'number', value: t.value };
    }
    if (t.kind === 'name') {
      pos++;
      if (isOp('(')) throw new FormulaError(`"${t.value}(" looks like a function call; formulas have no functions (at character ${t.at + 1}).`, t.at);
      return { type: 'measure', name: t.value };
    }
    if (t.value === '(') {
      pos++;
      const inner = expression(depth + 1);
      if (!isOp(')')) throw new FormulaError(`A closing parenthesis is missing ${where()}.`, peek()?.at);
      pos++;
      return inner;
    }
    throw new FormulaError(`"${t.value}" is not expected ${where()}.`, t.at);
  }

  const tree = expression(0);
  if (pos < tokens.length) {
    const t = tokens[pos]!;
    throw new FormulaError(t.value === ')' ? `There is a ")" without its "(" at character ${t.at + 1}.` : `"${t.value}" is not expected at character ${t.at + 1}: an operator is missing before it.`, t.at);
  }
  return tree;
}

/** The base measure names a formula reads, in the order they first appear. */
export function measuresIn(node: FormulaNode, into: string[] = []): string[] {
  if (node.type === 'measure' && !into.includes(node.name)) into.push(node.name);
  if (node.type === 'unary' || node.type === 'percent') measuresIn(node.arg, into);
  if (node.type === 'binary') {
    measuresIn(node.left, into);
    measuresIn(node.right, into);
  }
  return into;
}

/** Parses and checks that every name is one of the base measures; returns the tree. */
export function checkFormula(text: string, measures: readonly string[]): FormulaNode {
  const tree = parseFormula(text);
  const unknown = measuresIn(tree).filter((n) => !measures.includes(n));
  if (unknown.length) {
    throw new FormulaError(`The formula uses ${unknown.map((n) => `"${n}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a base measure' : 'are not base measures'} of this metric${measures.length ? ` (${measures.join(', ')})` : ''}.`);
  }
  return tree;
}

/** Evaluates a parsed formula over one period's base values. */
export function evaluateFormula(node: FormulaNode, values: ReadonlyMap<string, number>): number {
  const result = walk(node, values);
  if (!Number.isFinite(result)) throw new FormulaError('The result is too large to record.');
  return result;
}

function walk(node: FormulaNode, values: ReadonlyMap<string, number>): number {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'measure': {
      const v = values.get(node.name);
      if (v === undefined) throw new FormulaError(`No value was given for the base measure "${node.name}".`);
      return v;
    }
    case 'unary':
      return -walk(node.arg, values);
    case 'percent':
      return walk(node.arg, values) / 100;
    case 'binary': {
      const a = walk(node.left, values);
      const b = walk(node.right, values);
      if (node.op === '+') return a + b;
      if (node.op === '-') return a - b;
      if (node.op === '*') return a * b;
      if (b === 0) throw new FormulaError(`Division by zero: ${describe(node.right)} is 0 for this period, so the formula has no value. Check the base values, or record the period when there is something to measure.`);
      return a / b;
    }
  }
}

/** The divisor named in the division-by-zero message. */
function describe(node: FormulaNode): string {
  if (node.type === 'measure') return `"${node.name}"`;
  if (node.type === 'number') return String(node.value);
  return 'the divisor';
}

/** Parse, check and evaluate in one go (values keyed by base measure name). */
export function computeFormula(text: string, measures: readonly string[], values: Record<string, number>): number {
  const tree = checkFormula(text, measures);
  return evaluateFormula(tree, new Map(Object.entries(values).filter(([k]) => measures.includes(k))));
}
