import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { flat } from '../internal/flat.js';
import type { IsoDate } from '../model/date.js';
import type { DepartmentId, Inspector, PlanningInput } from '../model/types.js';
import { uniformBelow } from '../random/seed.js';
import type { SkippedInspector, TeamMember } from './types.js';
import { UNIT_SEPARATOR } from '../internal/text.js';


/** What one department of one task needs: its kinds of check and its seats. */
export interface Need {
  readonly department: DepartmentId;
  readonly kinds: readonly string[];
  readonly seats: number;
  readonly pool: Int32Array;
  /** The kinds somebody in the pool holds. */
  readonly covered: ReadonlySet<string>;
  /** Whether the pool is every certified inspector of the department. */
  readonly whole: boolean;
  /** Per kind, its row in the per-day counts of free inspectors holding it. */
  readonly slots: Int32Array;
  /** A copy of the pool for {@link LazyOrder} to shuffle in, kept equal to the pool between tasks. */
  readonly scratch: Int32Array;
  /** Room for {@link LazyOrder} to note its swaps in. */
  readonly swaps: Int32Array;
  /** The department's row in the per-day counts of free inspectors. */
  readonly row: number;
  /** The kinds as bits of the department's own numbering (see `Roster.kindBits`), or -1 past its 31st kind. */
  readonly bits: number;
}

/**
 * A department's qualified pool for one task in random order, shuffled lazily (Fisher–Yates from
 * the front) so that only the names actually reached are drawn from the stream. The shuffle runs
 * in `scratch`, a copy of the pool the roster keeps per pool, and notes each step's swap in
 * `swaps`, also kept per pool: {@link LazyOrder.release} undoes the swaps, so the next task's
 * order starts from the pool again without a copy, and a task's walk allocates nothing (a list of
 * the positions it wrote was 34 MB of garbage for 37 000 visits at 10⁶, docs/performance.md).
 */
export class LazyOrder {
  private shuffled = 0;
  private rng: RandomGenerator | undefined;

  constructor(
    private readonly pool: Int32Array,
    private readonly purpose: () => RandomGenerator,
    private readonly scratch: Int32Array = pool.slice(),
    private readonly swaps: Int32Array = new Int32Array(pool.length),
  ) {}

  get length(): number {
    return this.pool.length;
  }

  at(position: number): number {
    const { scratch } = this;
    if (this.shuffled <= position) {
      const rng = (this.rng ??= this.purpose());
      while (this.shuffled <= position) {
        const i = this.shuffled;
        const j = i + uniformBelow(rng, scratch.length - i);
        const swap = scratch[i] as number;
        scratch[i] = scratch[j] as number;
        scratch[j] = swap;
        this.swaps[i] = j;
        this.shuffled++;
      }
    }
    return scratch[position] as number;
  }

  /** Puts the scratch copy back to the pool's own order: the swaps undone, last first. */
  release(): void {
    const { swaps, scratch } = this;
    for (let i = this.shuffled - 1; i >= 0; i--) {
      const j = swaps[i] as number;
      const swap = scratch[i] as number;
      scratch[i] = scratch[j] as number;
      scratch[j] = swap;
    }
    this.shuffled = 0;
  }
}

/** The kinds a walk still misses: whether any is, whether an inspector holds one, and taking an inspector's. */
interface Missing {
  any(): boolean;
  heldBy(n: number): boolean;
  take(n: number): void;
}

/** The kinds a walk still misses, as bits of the department's numbering of its kinds. */
class MissingBits implements Missing {
  constructor(private bits: number, private readonly kindBits: Int32Array) {}
  any(): boolean {
    return this.bits !== 0;
  }
  heldBy(n: number): boolean {
    return ((this.kindBits[n] as number) & this.bits) !== 0;
  }
  take(n: number): void {
    this.bits &= ~(this.kindBits[n] as number);
  }
}

/** The kinds a walk still misses, by name: for a department of more than 31 kinds. */
class MissingKinds implements Missing {
  private readonly missing: Set<string>;
  constructor(kinds: readonly string[], private readonly qualified: readonly ReadonlySet<string>[]) {
    this.missing = new Set(kinds);
  }
  any(): boolean {
    return this.missing.size > 0;
  }
  heldBy(n: number): boolean {
    const quals = this.qualified[n] as ReadonlySet<string>;
    for (const kind of this.missing) if (quals.has(kind)) return true;
    return false;
  }
  take(n: number): void {
    for (const kind of this.qualified[n] as ReadonlySet<string>) this.missing.delete(kind);
  }
}

/** What one department of one task needs from the pool, as {@link Roster.pool} gives it. */
export type PoolEntry = Pick<Need, 'pool' | 'covered' | 'whole' | 'slots' | 'scratch' | 'swaps' | 'row' | 'bits'>;

/** A walk's record: the team, the skips, and the inspectors picked (by index). */
export interface WalkRecord {
  readonly team: TeamMember[];
  readonly skipped: SkippedInspector[];
  readonly picked: number[];
}

/**
 * The inspectors of a batch's window and their bookings (R19, N1, N2): who is away on which
 * working day, who is booked how often, and per department (and per department and kind of check)
 * how many certified inspectors are still free each day. Inspectors are numbered in id order;
 * per-day facts sit in flat typed arrays of inspectors × days.
 */
export class Roster {
  readonly inspectors: readonly Inspector[];
  readonly dayCount: number;
  /** Per inspector, the kinds of check it holds. */
  readonly qualified: readonly ReadonlySet<string>[];
  private readonly load: Uint32Array;
  private readonly away: Uint8Array;
  private readonly recusals = new Map<string, Set<number>>();
  private readonly certifiedOf = new Map<string, number[]>();
  private readonly departmentIndex: ReadonlyMap<string, number>;
  private readonly departmentOf: Int32Array;
  /** Per department and day: certified inspectors present and under capacity. */
  private readonly free: Int32Array;
  /** Per (department, kind) slot and day: how many of those free hold the kind. */
  private readonly slotOf = new Map<string, number>();
  private readonly freeHolding: Int32Array;
  private readonly slotsOf: readonly Int32Array[];
  private readonly pools = new Map<string, PoolEntry>();
  /** Per (department, kind), its bit in the department's own numbering of kinds (the first 31 kinds of a department). */
  private readonly kindBit = new Map<string, number>();
  /** Per inspector, the kinds it holds as those bits: the walk asks "holds a kind still missing" with one `&`. */
  private readonly kindBits: Int32Array;
  private readonly capacity: Float64Array;

  constructor(input: PlanningInput, days: readonly IsoDate[], wanted: ReadonlySet<string> | undefined) {
    this.inspectors = [...input.inspectors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const dayCount = (this.dayCount = days.length);
    const dayIndex = new Map<string, number>(days.map((d, i) => [d, i]));
    this.load = new Uint32Array(this.inspectors.length * dayCount);
    this.away = new Uint8Array(this.inspectors.length * dayCount);
    const qualified: ReadonlySet<string>[] = [];
    this.inspectors.forEach((inspector, n) => {
      for (const date of inspector.unavailable) {
        const d = dayIndex.get(date);
        if (d !== undefined) this.away[n * dayCount + d] = 1;
      }
      qualified.push(new Set(inspector.qualifications));
      for (const uscc of inspector.conflicts) if (wanted?.has(uscc) !== false) this.recusals.set(uscc, (this.recusals.get(uscc) ?? new Set()).add(n));
      if (!inspector.certified) return;
      const list = this.certifiedOf.get(inspector.department);
      if (list === undefined) this.certifiedOf.set(inspector.department, [n]);
      else list.push(n);
    });
    this.qualified = qualified;
    this.departmentIndex = new Map<string, number>(input.departments.map((d, i) => [d.id, i]));
    this.departmentOf = Int32Array.from(this.inspectors, (i) => this.departmentIndex.get(i.department) ?? -1);
    this.free = new Int32Array(input.departments.length * dayCount);
    const kindsPerDepartment = new Map<string, number>();
    for (const item of input.items) {
      const key = flat(`${item.department}${UNIT_SEPARATOR}${item.kind}`);
      if (this.slotOf.has(key)) continue;
      this.slotOf.set(key, this.slotOf.size);
      const local = kindsPerDepartment.get(item.department) ?? 0;
      kindsPerDepartment.set(item.department, local + 1);
      if (local < 31) this.kindBit.set(key, 1 << local);
    }
    this.kindBits = Int32Array.from(this.inspectors, (i) => i.qualifications.reduce((bits, kind) => bits | (this.kindBit.get(`${i.department}${UNIT_SEPARATOR}${kind}`) ?? 0), 0));
    this.capacity = Float64Array.from(this.inspectors, (i) => i.capacityPerDay);
    this.freeHolding = new Int32Array(this.slotOf.size * dayCount);
    this.slotsOf = this.inspectors.map((inspector) => (inspector.certified ? this.slotsHeldBy(inspector) : new Int32Array(0)));
    this.countFree();
  }

  /** The (department, kind) slots an inspector's qualifications fill. */
  private slotsHeldBy(inspector: Inspector): Int32Array {
    return Int32Array.from([...new Set(inspector.qualifications)].flatMap((kind) => {
      const slot = this.slotOf.get(`${inspector.department}${UNIT_SEPARATOR}${kind}`);
      return slot === undefined ? [] : [slot];
    }));
  }

  /** Counts, per department and per slot and day, the certified inspectors present. */
  private countFree(): void {
    const { dayCount } = this;
    this.inspectors.forEach((inspector, n) => {
      if (!inspector.certified) return;
      for (let d = 0; d < dayCount; d++) {
        if (this.away[n * dayCount + d] === 1) continue;
        const at = (this.departmentOf[n] as number) * dayCount + d;
        this.free[at] = (this.free[at] as number) + 1;
        for (const slot of this.slotsOf[n] as Int32Array) this.freeHolding[slot * dayCount + d] = (this.freeHolding[slot * dayCount + d] as number) + 1;
      }
    });
  }

  /** The inspectors in conflict with an enterprise (N2), or `undefined` when none declared one. */
  recusedFor(uscc: string): ReadonlySet<number> | undefined {
    return this.recusals.size === 0 ? undefined : this.recusals.get(uscc);
  }

  /** A department's certified inspectors qualified for some of the kinds, with what they cover; made once per (department, kinds). */
  pool(department: DepartmentId, kinds: readonly string[]): PoolEntry {
    const key = flat([department, ...kinds].join(UNIT_SEPARATOR));
    let entry = this.pools.get(key);
    if (entry === undefined) {
      const certified = this.certifiedOf.get(department) ?? [];
      const pool = Int32Array.from(certified.filter((n) => kinds.some((k) => (this.qualified[n] as ReadonlySet<string>).has(k))));
      entry = {
        pool,
        covered: new Set(kinds.filter((k) => pool.some((n) => (this.qualified[n] as ReadonlySet<string>).has(k)))),
        whole: pool.length === certified.length,
        slots: Int32Array.from(kinds, (k) => this.slotOf.get(`${department}${UNIT_SEPARATOR}${k}`) ?? -1),
        scratch: pool.slice(),
        swaps: new Int32Array(pool.length),
        row: this.departmentIndex.get(department) as number,
        bits: kinds.reduce((bits, k) => {
          const bit = this.kindBit.get(`${department}${UNIT_SEPARATOR}${k}`);
          return bits < 0 || bit === undefined ? -1 : bits | bit;
        }, 0),
      };
      this.pools.set(key, entry);
    }
    return entry;
  }

  /**
   * Whether a department can be staffed on day `d`, decided from the counts alone, or `undefined`
   * when only a walk can tell. The walk takes every eligible inspector (free that day, not
   * recused, in the pool) until the seats are filled, then every one holding a kind still
   * missing; so it succeeds exactly when the eligible are at least the seats and hold every kind
   * between them. Fewer free than seats, or a kind nobody free holds, fails whatever the pool; when
   * the pool is the whole department and nobody is recused, the counts are the eligible exactly.
   */
  decided(need: Need, d: number, recused: ReadonlySet<number> | undefined): boolean | undefined {
    if ((this.free[need.row * this.dayCount + d] as number) < need.seats) return false;
    const { slots } = need;
    for (let q = 0; q < slots.length; q++) if ((this.freeHolding[(slots[q] as number) * this.dayCount + d] as number) === 0) return false;
    return need.whole && recused === undefined ? true : undefined;
  }

  /** Why an inspector is passed over on day `d` by a walk that has `members` of `seats`, or `undefined` when taken. */
  private skip(n: number, d: number, recused: ReadonlySet<number> | undefined, members: number, seats: number, missing: Missing): SkippedInspector['reason'] | undefined {
    const at = n * this.dayCount + d;
    return recused?.has(n) === true ? 'recused'
      : this.away[at] === 1 ? 'unavailable'
        : (this.load[at] as number) >= (this.capacity[n] as number) ? 'at-capacity'
          : members >= seats && !missing.heldBy(n) ? 'not-needed' : undefined;
  }

  /**
   * Walks a department's random order on day `d`, taking members until the seats are filled and
   * every kind is held; records the team and the skips when `record` is given. Returns whether
   * the department is staffed. Kinds still missing are bits of the department's numbering of its
   * kinds ({@link Roster.kindBits}), or, for a department of more than 31 kinds, {@link MissingKinds}.
   */
  walk(need: Need, order: LazyOrder, d: number, recused: ReadonlySet<number> | undefined, record: WalkRecord | undefined): boolean {
    const { department, seats } = need;
    if ((this.free[need.row * this.dayCount + d] as number) < seats) return false;
    const missing: Missing = need.bits >= 0 ? new MissingBits(need.bits, this.kindBits) : new MissingKinds(need.kinds, this.qualified);
    let members = 0;
    for (let position = 0; position < order.length && (members < seats || missing.any()); position++) {
      const n = order.at(position);
      const reason = this.skip(n, d, recused, members, seats, missing);
      const inspector = (this.inspectors[n] as Inspector).id;
      if (reason !== undefined) {
        record?.skipped.push({ inspector, department, draw: position + 1, reason, rule: reason === 'recused' ? 'N2' : 'R19' });
        continue;
      }
      members++;
      missing.take(n);
      record?.team.push({ inspector, department, draw: position + 1 });
      record?.picked.push(n);
    }
    return members >= seats && !missing.any();
  }

  /**
   * Books the picked inspectors on day `d`; one who reaches capacity is no longer free that day.
   * Only inspectors counted free (certified and present) change the free counts, so a booking of
   * anyone else cannot make the counts disagree with the walk.
   */
  book(picked: readonly number[], d: number): void {
    const { dayCount } = this;
    for (const n of picked) {
      const at = n * dayCount + d;
      this.load[at] = (this.load[at] as number) + 1;
      if (this.load[at] !== (this.capacity[n] as number) || !(this.inspectors[n] as Inspector).certified || this.away[at] === 1) continue;
      const slot = (this.departmentOf[n] as number) * dayCount + d;
      this.free[slot] = (this.free[slot] as number) - 1;
      for (const kind of this.slotsOf[n] as Int32Array) this.freeHolding[kind * dayCount + d] = (this.freeHolding[kind * dayCount + d] as number) - 1;
    }
  }
}
