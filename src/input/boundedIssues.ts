import type { InputIssue } from '../model/issues.js';

/** The bound of every issue list: the default of `parsePlanningInput`'s `maxIssues`, and the fixed bound of the other functions. */
export const MAX_ISSUES = 300;

/**
 * A list of issues that keeps the first `limit` and counts the others (`omitted`), so that a
 * hopeless input (50 000 junk rows) costs a bounded list, not 600 000 issues.
 */
export class BoundedIssues extends Array<InputIssue> {
  /** Issues found beyond the bound, at least. */
  omitted = 0;

  // Array methods that build new arrays (map, filter) build plain ones.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  constructor(private readonly limit: number) {
    super();
  }

  /** Whether the bound is reached: later issues are only counted. */
  get full(): boolean {
    return this.length >= this.limit;
  }

  override push(...items: InputIssue[]): number {
    for (const item of items) {
      if (this.length < this.limit) super.push(item);
      else this.omitted++;
    }
    return this.length;
  }
}
