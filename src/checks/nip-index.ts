/** Where a NIP was first seen. */
export interface FirstSeen {
  row: number;
  page?: number | undefined;
}

const EMPTY = 0;

/**
 * The rows NIPs were first seen on, in flat typed arrays: a million 18-digit NIPs take about 40 MB
 * here against several times that as a Map of strings. The NIP stays a string everywhere else; its
 * two 9-digit halves are used only as this table's key. Other lengths (the old 9-digit NIP, a NIK)
 * are rare and go to a Map.
 */
export class NipIndex {
  #capacity = 1 << 12;
  #size = 0;
  #hi = new Uint32Array(this.#capacity);
  #lo = new Uint32Array(this.#capacity);
  #row = new Uint32Array(this.#capacity);
  #page = new Uint16Array(this.#capacity);
  readonly #others = new Map<string, FirstSeen>();

  /** The first place `nip` was seen; remembers `here` when it is new and returns undefined. */
  firstOrRemember(nip: string, here: FirstSeen): FirstSeen | undefined {
    if (!/^\d{18}$/.test(nip)) {
      const seen = this.#others.get(nip);
      if (!seen) this.#others.set(nip, here);
      return seen;
    }
    return this.firstOrRememberHalves(Number(nip.slice(0, 9)), Number(nip.slice(9)), here);
  }

  /** As `firstOrRemember`, for an 18-digit NIP already split into its two 9-digit halves. */
  firstOrRememberHalves(first: number, second: number, here: FirstSeen): FirstSeen | undefined {
    // +1 keeps every stored key apart from the empty slot (a NIP's first half is never 0, but be sure).
    const hi = first + 1;
    const lo = second;
    let slot = this.#slot(hi, lo);
    if (this.#hi[slot] !== EMPTY) {
      const page = this.#page[slot] as number;
      return { row: this.#row[slot] as number, page: page === 0 ? undefined : page };
    }
    if ((this.#size + 1) * 2 > this.#capacity) {
      this.#grow();
      slot = this.#slot(hi, lo);
    }
    this.#hi[slot] = hi;
    this.#lo[slot] = lo;
    this.#row[slot] = here.row;
    this.#page[slot] = here.page !== undefined && here.page <= 0xffff ? here.page : 0;
    this.#size++;
    return undefined;
  }

  /** The slot holding this key, or the empty slot where it would go (open addressing, linear probing). */
  #slot(hi: number, lo: number): number {
    const mask = this.#capacity - 1;
    let slot = (Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b)) & mask;
    while (this.#hi[slot] !== EMPTY && (this.#hi[slot] !== hi || this.#lo[slot] !== lo))
      slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const [hi, lo, row, page] = [this.#hi, this.#lo, this.#row, this.#page];
    this.#capacity *= 2;
    this.#hi = new Uint32Array(this.#capacity);
    this.#lo = new Uint32Array(this.#capacity);
    this.#row = new Uint32Array(this.#capacity);
    this.#page = new Uint16Array(this.#capacity);
    for (let i = 0; i < hi.length; i++) {
      if (hi[i] === EMPTY) continue;
      const slot = this.#slot(hi[i] as number, lo[i] as number);
      this.#hi[slot] = hi[i] as number;
      this.#lo[slot] = lo[i] as number;
      this.#row[slot] = row[i] as number;
      this.#page[slot] = page[i] as number;
    }
  }
}
