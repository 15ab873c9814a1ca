/** Values per page of an {@link IntList}: 64 KiB, small enough for the allocator to reuse freed pages. */
const PAGE_BITS = 14;
const PAGE = 1 << PAGE_BITS;

/**
 * A growable list of 32-bit integers in typed arrays (no boxed numbers, no per-item allocation).
 * The first page grows by doubling up to {@link PAGE} values, then the list grows by whole pages,
 * never copying them: grown by doubling all the way, a long list touched two to three times the
 * memory it kept, and memory a process touches for the first time costs a page fault per 4 KiB
 * (docs/performance.md).
 */
export class IntList {
  private readonly pages: Int32Array[] = [new Int32Array(16)];
  private page: Int32Array = this.pages[0] as Int32Array;
  private used = 0;
  private size = 0;

  /** Appends a value. */
  push(value: number): void {
    if (this.used === this.page.length) this.grow();
    this.page[this.used++] = value;
    this.size++;
  }

  /** The number of values. */
  get length(): number {
    return this.size;
  }

  /** The value at `index` (0 ≤ index < length). */
  at(index: number): number {
    return (this.pages[index >>> PAGE_BITS] as Int32Array)[index & (PAGE - 1)] as number;
  }

  /** Room for the next value: the first page doubled while it is short of a page, else a new page. */
  private grow(): void {
    if (this.pages.length === 1 && this.page.length < PAGE) {
      const grown = new Int32Array(this.page.length * 2);
      grown.set(this.page);
      this.pages[0] = grown;
      this.page = grown;
      return;
    }
    this.page = new Int32Array(PAGE);
    this.pages.push(this.page);
    this.used = 0;
  }
}
