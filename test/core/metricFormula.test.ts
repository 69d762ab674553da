import { describe, expect, it } from 'vitest';
import { checkFormula, computeFormula, evaluateFormula, FormulaError, measuresIn, parseFormula } from '../../shared/metrics/formula';
import { collectionState, nextPeriod, normalisePeriod, periodEnd, periodOf, periodsBetween } from '../../shared/metrics/periods';
import { criteriaProblem, ragOf } from '../../shared/metrics/status';

const calc = (text: string, values: Record<string, number> = {}) => computeFormula(text, Object.keys(values), values);
const fails = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(FormulaError);
    return (err as Error).message;
  }
  throw new Error('expected a FormulaError');
};

describe('the formula language (issue 13)', () => {
  it('follows precedence: * and / before + and -, left to right, parentheses first', () => {
    expect(calc('2 + 3 * 4')).toBe(14);
    expect(calc('(2 + 3) * 4')).toBe(20);
    expect(calc('10 - 4 - 3')).toBe(3);
    expect(calc('64 / 4 / 2')).toBe(8);
    expect(calc('2 * -3 + -(1 - 4)')).toBe(-3);
    expect(calc('1 - -1')).toBe(2);
    expect(calc('.5 + 1.25')).toBe(1.75);
  });

  it('reads percentages: 50% is a half, and % binds tighter than * and /', () => {
    expect(calc('50%')).toBe(0.5);
    expect(calc('200 * 10%')).toBe(20);
    expect(calc('done / total * 100', { done: 45, total: 60 })).toBe(75);
    expect(calc('(a + b)%', { a: 30, b: 20 })).toBe(0.5);
  });

  it('evaluates over base measures and lists the ones it reads', () => {
    const tree = checkFormula('implemented / applicable * 100', ['implemented', 'applicable']);
    expect(measuresIn(tree)).toEqual(['implemented', 'applicable']);
    expect(evaluateFormula(tree, new Map([['implemented', 80], ['applicable', 90]]))).toBeCloseTo(88.888, 2);
  });

  it('refuses division by zero with a clear error naming the divisor', () => {
    expect(fails(() => calc('done / total', { done: 3, total: 0 }))).toMatch(/Division by zero: "total" is 0/);
    expect(fails(() => calc('1 / (2 - 2)'))).toMatch(/Division by zero/);
    expect(fails(() => calc('1 / 0'))).toMatch(/Division by zero: 0 is 0|Division by zero/);
  });

  it('refuses an unknown measure, naming it and the measures there are', () => {
    const message = fails(() => checkFormula('done / totl * 100', ['done', 'total']));
    expect(message).toContain('"totl"');
    expect(message).toContain('done, total');
    expect(fails(() => evaluateFormula(parseFormula('x + 1'), new Map()))).toMatch(/No value was given for the base measure "x"/);
  });

  it('refuses injection attempts: nothing is run, prototype names are only unknown measures', () => {
    for (const attack of ['process.exit(1)', 'require("fs")', 'constructor.constructor("return 1")()', 'a; b', '`${1}`', "eval('1')", 'x = 1', '1 ** 2', 'globalThis', '[1]', '{}', '1 && 2', 'a[0]', '\\u0031']) {
      expect(() => checkFormula(attack, ['a', 'b', 'x']), attack).toThrow(FormulaError);
    }
    expect(fails(() => checkFormula('constructor + __proto__', ['a']))).toMatch(/"constructor", "__proto__"/);
    // Even when a caller forgets to check names first, lookups never reach Object.prototype.
    expect(fails(() => evaluateFormula(parseFormula('toString'), new Map()))).toMatch(/No value/);
    expect(fails(() => parseFormula('sqrt(4)'))).toMatch(/formulas have no functions/);
  });

  it('says what is wrong with malformed formulas and where', () => {
    expect(fails(() => parseFormula(''))).toMatch(/Write a formula/);
    expect(fails(() => parseFormula('(1 + 2'))).toMatch(/closing parenthesis is missing/);
    expect(fails(() => parseFormula('1 + 2)'))).toMatch(/"\)" without its "\("/);
    expect(fails(() => parseFormula('1 +'))).toMatch(/ends too early/);
    expect(fails(() => parseFormula('2 3'))).toMatch(/operator is missing/);
    expect(fails(() => parseFormula('1 + * 2'))).toMatch(/"\*" is not expected at character 5/);
    expect(fails(() => parseFormula('1'.padEnd(501, '+')))).toMatch(/at most 500/);
    expect(fails(() => parseFormula('('.repeat(60) + '1' + ')'.repeat(60)))).toMatch(/nested too deeply/);
    expect(fails(() => parseFormula('9'.repeat(400)))).toMatch(/number at character 1 is too large/);
    expect(() => evaluateFormula(parseFormula(`${'9'.repeat(200)} * ${'9'.repeat(200)}`), new Map())).toThrow(/result is too large/);
  });
});

describe('decision criteria (RAG) in both directions', () => {
  const higher = { direction: 'higher' as const, greenAt: 90, redAt: 70 };
  const lower = { direction: 'lower' as const, greenAt: 2, redAt: 5 };
  it('higher is better: green at or above green, red below red, amber between', () => {
    expect([95, 90, 89.9, 70, 69.99, 0].map((v) => ragOf(v, higher))).toEqual(['green', 'green', 'amber', 'amber', 'red', 'red']);
  });
  it('lower is better: green at or below green, red above red, amber between', () => {
    expect([0, 2, 2.1, 5, 5.01, 40].map((v) => ragOf(v, lower))).toEqual(['green', 'green', 'amber', 'amber', 'red', 'red']);
  });
  it('has no status without a value or without criteria, and refuses inconsistent criteria', () => {
    expect(ragOf(null, higher)).toBe('none');
    expect(ragOf(50, { direction: 'higher', greenAt: null, redAt: null })).toBe('none');
    expect(criteriaProblem({ direction: 'higher', greenAt: 70, redAt: 90 })).toMatch(/red threshold must not be above/);
    expect(criteriaProblem({ direction: 'lower', greenAt: 5, redAt: 2 })).toMatch(/must not be below/);
    expect(criteriaProblem({ direction: 'lower', greenAt: 5, redAt: null })).toMatch(/both thresholds/);
    expect(criteriaProblem(higher)).toBeNull();
  });
});

describe('collection periods and overdue detection', () => {
  it('names periods of each frequency and crosses year ends', () => {
    expect(periodOf('2026-03-31', 'monthly')).toBe('2026-03');
    expect(periodOf('2026-03-31', 'quarterly')).toBe('2026-Q1');
    expect(periodOf('2026-07-01', 'half-yearly')).toBe('2026-H2');
    expect(periodOf('2026-07-01', 'yearly')).toBe('2026');
    expect(nextPeriod('2026-12', 'monthly')).toBe('2027-01');
    expect(nextPeriod('2026-Q4', 'quarterly')).toBe('2027-Q1');
    expect(periodEnd('2028-02', 'monthly')).toBe('2028-02-29');
    expect(periodEnd('2026-Q4', 'quarterly')).toBe('2026-12-31');
    expect(periodEnd('2026-H1', 'half-yearly')).toBe('2026-06-30');
    expect(normalisePeriod('2026-q3', 'quarterly')).toBe('2026-Q3');
    expect(normalisePeriod('2026-13', 'monthly')).toBeNull();
    expect(normalisePeriod('2026-03', 'quarterly')).toBeNull();
    expect(periodsBetween('2026-11-15', '2027-02-01', 'monthly')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('a period becomes overdue the day after it ends without a value, and not before', () => {
    const state = (today: string, recorded: string[] = []) => collectionState({ frequency: 'monthly', collectFrom: '2026-01-15', recorded: new Set(recorded), today });
    expect(state('2026-01-31')).toEqual({ overdue: [], current: { period: '2026-01', due: '2026-01-31' } });
    expect(state('2026-02-01').overdue).toEqual([{ period: '2026-01', due: '2026-01-31' }]);
    expect(state('2026-02-01', ['2026-01'])).toEqual({ overdue: [], current: { period: '2026-02', due: '2026-02-28' } });
    expect(state('2026-04-10', ['2026-01']).overdue.map((o) => o.period)).toEqual(['2026-02', '2026-03']);
    expect(state('2026-04-10', ['2026-01', '2026-02', '2026-03', '2026-04'])).toEqual({ overdue: [], current: null });
    expect(state('2025-12-31')).toEqual({ overdue: [], current: null });
  });

  it('quarterly collection across a year boundary', () => {
    const state = (today: string, recorded: string[]) => collectionState({ frequency: 'quarterly', collectFrom: '2026-10-01', recorded: new Set(recorded), today });
    expect(state('2026-12-31', []).overdue).toEqual([]);
    expect(state('2027-01-01', []).overdue).toEqual([{ period: '2026-Q4', due: '2026-12-31' }]);
    expect(state('2027-01-01', ['2026-Q4'])).toEqual({ overdue: [], current: { period: '2027-Q1', due: '2027-03-31' } });
  });
});
