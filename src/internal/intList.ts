/** A growable list of 32-bit integers in a typed array (no boxed numbers, no per-item allocation). */
export class IntList {
  private data = new Int32Array(16);
  private size = 0;

  /** Appends a value. */
  push(value: number): void {
    if (this.size === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = value;
  }

  /** The number of values. */
  get length(): number {
    return this.size;
  }

  /** The values, as a view (valid until the next push). */
  view(): Int32Array {
    return this.data.subarray(0, this.size);
  }
}
