import { daysFromIsoDate, isoDateFromDays } from '../internal/date.js';
import { assertSeed, streamFromSeed } from '../random/seed.js';
import type { IsoDate } from '../model/date.js';
import { sectionDivisions } from '../model/industry.js';
import type { ColourCode, CreditClass, Enterprise, IndustryCode, OperatingStatus } from '../model/types.js';
import { USCC_ALPHABET, usccCheckCharacter } from '../uscc/alphabet.js';
import type { Uscc } from '../model/uscc.js';
import { INDUSTRY_WEIGHTS, LEVEL_WEIGHTS, NAME_PARTS, NAME_SUFFIXES, REGIONS } from './catalogue.js';
import { below, chance, pick, weighted } from './random.js';

/**
 * Options of {@link generateEnterprises}.
 * @example
 * ```ts
 * import type { GenerateEnterprisesOptions } from 'double-random/testing';
 * const options: GenerateEnterprisesOptions = { size: 1000, seed: 'example', registeredBefore: 2024 };
 * ```
 * @category Testing
 * @since 0.1.0
 */
export interface GenerateEnterprisesOptions {
  /** How many enterprises, at most 20 000 000. */
  readonly size: number;
  /** Public seed string: the same seed gives the same enterprises. */
  readonly seed: string;
  /** Every enterprise is registered before 1 January of this year (default 2024). */
  readonly registeredBefore?: number;
}

/** Largest size: organisation codes are a bijection of the index below 31^8 computed exactly in doubles. */
const MAX_SIZE = 20_000_000;
const ORG_SPACE = 31 ** 8;
const ORG_MULTIPLIER = 387_420_489; // 3^18, coprime with 31: i ↦ i·M + c mod 31^8 is a bijection.

const industry = weighted(INDUSTRY_WEIGHTS);
const jurisdiction = weighted(LEVEL_WEIGHTS);
const creditClass = weighted<CreditClass>([['A', 250], ['B', 500], ['C', 100], ['D', 30], ['unrated', 120]]);
const operatingStatus = weighted<OperatingStatus>([['operating', 950], ['not-operating', 30], ['unreachable', 20]]);
const COLOURS: Readonly<Record<CreditClass, (rng: Parameters<typeof industry>[0]) => ColourCode>> = {
  A: weighted<ColourCode>([['green', 800], ['none', 200]]),
  B: weighted<ColourCode>([['green', 400], ['yellow', 150], ['none', 450]]),
  C: weighted<ColourCode>([['yellow', 600], ['red', 100], ['none', 300]]),
  D: weighted<ColourCode>([['red', 500], ['yellow', 500]]),
  unrated: weighted<ColourCode>([['yellow', 100], ['none', 900]]),
};

function organisationCode(index: number, offset: number): string {
  let x = (index * ORG_MULTIPLIER + offset) % ORG_SPACE;
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = USCC_ALPHABET.charAt(x % 31) + out;
    x = Math.floor(x / 31);
  }
  return out;
}

/**
 * Streams a deterministic, realistic target directory: valid and unique USCCs (N10), industries
 * with a skewed size distribution (GB/T 4754 sections, retail first), credit classes and colours in
 * plausible shares (N5, R10), a few white-listed, trust-exempt and black-listed enterprises
 * (R12–R14) and some that are not operating or unreachable (R22).
 *
 * It yields one enterprise at a time, so ten million can be streamed into a platform's own
 * storage without holding them all. The first `k` enterprises do not depend on `size`.
 *
 * @param options - Size, seed and registration horizon.
 * @returns An iterator over `size` enterprises.
 * @throws RangeError when `size` is not an integer in [0, 20 000 000].
 * @throws TypeError when the seed is not a non-empty string without padding or control characters.
 * @example
 * ```ts
 * import { generateEnterprises } from 'double-random/testing';
 *
 * let red = 0;
 * for (const enterprise of generateEnterprises({ size: 10_000, seed: 'example' })) {
 *   if (enterprise.colour === 'red') red++;
 * }
 * console.log(red);
 * ```
 * @category Testing
 * @since 0.1.0
 */
export function generateEnterprises(options: GenerateEnterprisesOptions): IterableIterator<Enterprise> {
  const { size, seed, registeredBefore = 2024 } = options;
  if (!Number.isInteger(size) || size < 0 || size > MAX_SIZE) {
    throw new RangeError(`generateEnterprises: size must be an integer from 0 to ${MAX_SIZE}, got ${size}`);
  }
  assertSeed('generateEnterprises', seed);
  if (!Number.isInteger(registeredBefore) || registeredBefore < 1996 || registeredBefore > 9999) {
    throw new RangeError(`generateEnterprises: registeredBefore must be a year from 1996 to 9999, got ${registeredBefore}`);
  }
  return enterprises(size, seed, registeredBefore);
}

/**
 * The same text as one flat string, as `JSON.parse` or a database driver gives: a concatenation is
 * a rope in V8 until first read, and ten million ropes used as keys would make the synthetic
 * directory slower than a parsed one. `Number()` reads the string, which flattens it.
 */
function flat(text: string): string {
  void Number(text);
  return text;
}

function* enterprises(size: number, seed: string, registeredBefore: number): Generator<Enterprise, void, undefined> {
  const rng = streamFromSeed(seed, 'testing/enterprises');
  const offset = (below(rng, 1 << 20) * 2 ** 20 + below(rng, 1 << 20)) % ORG_SPACE; // a 40-bit shift
  const firstDay = daysFromIsoDate('1995-01-01' as IsoDate);
  const span = daysFromIsoDate(`${registeredBefore}-01-01` as IsoDate) - firstDay;
  for (let index = 0; index < size; index++) {
    const section = industry(rng);
    const range = sectionDivisions(section) ?? [0, 0];
    const code = chance(rng, 700) ? `${section}${String(range[0] + below(rng, range[1] - range[0] + 1)).padStart(2, '0')}` : section;
    const region = pick(rng, REGIONS);
    const first17 = `91${region}${organisationCode(index, offset)}${USCC_ALPHABET.charAt(below(rng, 31))}`;
    const klass = creditClass(rng);
    const colour = (COLOURS[klass])(rng);
    yield {
      uscc: flat(`${first17}${usccCheckCharacter(first17) ?? ''}`) as Uscc,
      name: `${pick(rng, NAME_PARTS)}${pick(rng, NAME_PARTS)}${NAME_SUFFIXES[section] ?? ''}有限公司`,
      industry: code as IndustryCode,
      region,
      jurisdiction: jurisdiction(rng),
      registeredOn: isoDateFromDays(firstDay + below(rng, span)),
      creditClass: klass,
      colour,
      whiteList: (klass === 'A' || klass === 'B') && chance(rng, 40),
      trustExempt: klass === 'A' && (section === 'I' || section === 'M') && chance(rng, 300),
      blackList: (klass === 'C' || klass === 'D') && chance(rng, 80),
      operatingStatus: operatingStatus(rng),
    };
  }
}
