/**
 * fast-check generators of valid national ids, built from a random birth date and serial with the check digits
 * computed here independently of the code under test.
 */
import fc from 'fast-check';

/** Fixed "today" for every property, so that century inference is reproducible. */
export const NOW = new Date('2026-03-15T12:00:00Z');

export interface Generated {
  /** Normalised value the parser must return. */
  value: string;
  /** Other ways to write the same number, all of which must parse to `value`. */
  inputs: string[];
  birthDate: string;
  variant?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const digitsOf = (n: number, width: number) => pad(n, width);

function birthDates(min: string, max: string) {
  const upper = new Date(Math.min(Date.parse(max), NOW.getTime()));
  return fc.date({ min: new Date(min), max: upper, noInvalidDate: true }).map((d) => ({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    iso: d.toISOString().slice(0, 10),
  }));
}

/** CPR: the 7th digit must give the birth year's century under the CPR office's table. */
export const cprArb: fc.Arbitrary<Generated> = fc
  .tuple(birthDates('1858-01-01T00:00:00Z', '2057-12-31T00:00:00Z'), fc.nat(9), fc.nat(999))
  .map(([date, pick, rest]) => {
    const yy = date.year % 100;
    const options = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => {
      const century = d <= 3 ? 1900 : d === 4 || d === 9 ? (yy <= 36 ? 2000 : 1900) : yy <= 57 ? 2000 : 1800;
      return century + yy === date.year;
    });
    const seventh = options[pick % options.length];
    const value = `${pad(date.day)}${pad(date.month)}${pad(yy)}${seventh}${digitsOf(rest, 3)}`;
    return {
      value,
      inputs: [value, `${value.slice(0, 6)}-${value.slice(6)}`, ` ${value.slice(0, 6)} ${value.slice(6)} `],
      birthDate: date.iso,
    };
  })
  .filter((g) => g.value.length === 10 && !g.value.includes('undefined'));

export function luhnDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Personnummer / samordningsnummer, with its 12-digit, 10-digit (`-` / `+`) and unseparated forms. */
export const personnummerArb: fc.Arbitrary<Generated> = fc
  .tuple(birthDates('1870-01-01T00:00:00Z', '2100-01-01T00:00:00Z'), fc.boolean(), fc.nat(999))
  .map(([date, samordning, serial]) => {
    const nine = `${pad(date.year % 100)}${pad(date.month)}${pad(date.day + (samordning ? 60 : 0))}${digitsOf(serial, 3)}`;
    const ten = `${nine}${luhnDigit(nine)}`;
    const value = `${date.year}${ten.slice(2)}`;
    const hundred = NOW.getUTCFullYear() - date.year >= 100;
    const short = `${ten.slice(0, 6)}${hundred ? '+' : '-'}${ten.slice(6)}`;
    const inputs = [value, `${value.slice(0, 8)}-${value.slice(8)}`, short];
    if (!hundred) inputs.push(ten);
    return { value, inputs, birthDate: date.iso, ...(samordning ? { variant: 'samordningsnummer' } : {}) };
  });

function mod11(digits: string, weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  return (11 - (sum % 11)) % 11;
}

/** Individual numbers that Skatteetaten issues for a birth year. */
function individualRanges(year: number): Array<[number, number]> {
  if (year < 1900) return [[500, 749]];
  if (year < 2000)
    return year % 100 >= 40
      ? [
          [0, 499],
          [900, 999],
        ]
      : [[0, 499]];
  return [[500, 999]];
}

/** Fødselsnummer, D-number, H-number, synthetic (Tenor); numbers whose control digit would be 10 are skipped. */
export const fodselsnummerArb: fc.Arbitrary<Generated> = fc
  .tuple(
    birthDates('1854-01-01T00:00:00Z', '2039-12-31T00:00:00Z'),
    fc.constantFrom(undefined, 'd-number', 'h-number', 'synthetic'),
    fc.nat(10000),
  )
  .map(([date, variant, pick]) => {
    const ranges = individualRanges(date.year);
    const [lo, hi] = ranges[pick % ranges.length]!;
    const individual = lo + (pick % (hi - lo + 1));
    const day = date.day + (variant === 'd-number' ? 40 : 0);
    const month = date.month + (variant === 'h-number' ? 40 : variant === 'synthetic' ? 80 : 0);
    const nine = `${pad(day)}${pad(month)}${pad(date.year % 100)}${digitsOf(individual, 3)}`;
    const k1 = mod11(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    const k2 = mod11(`${nine}${k1}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    const value = `${nine}${k1}${k2}`;
    return {
      value,
      inputs: [value, `${value.slice(0, 6)} ${value.slice(6)}`],
      birthDate: date.iso,
      ...(variant ? { variant } : {}),
      ok: k1 < 10 && k2 < 10,
    };
  })
  .filter((g) => g.ok)
  .map(({ ok: _ok, ...g }) => g);

/** Every number that differs from `value` in exactly one of the given positions. */
export function singleDigitChanges(value: string, positions: number[]): string[] {
  const out: string[] = [];
  for (const i of positions) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== value[i]) out.push(`${value.slice(0, i)}${d}${value.slice(i + 1)}`);
    }
  }
  return out;
}
