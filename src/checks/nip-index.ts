/** Where a NIP was first seen. */
export interface FirstSeen {
  row: number;
  page?: number | undefined;
}

/** The slot table's empty slot; a full one holds its entry's index + 1. */
const EMPTY = 0;

/**
 * The rows NIPs were first seen on, in flat typed arrays: a million 18-digit NIPs take about 21 MB
 * here (the NIP's two 9-digit halves and its row, 12 bytes, in entry order; a 4-byte slot per entry
 * in a hash table at most half full), against several times that as a Map of strings. Pages are
 * kept only once a NIP is seen on one (a roster has none). The NIP stays a string everywhere else;
 * its halves are used only as this table's key. Other lengths (the old 9-digit NIP, a NIK) are rare
 * and go to a Map.
 */
export class NipIndex {
  #slots = new Uint32Array(1 << 12);
  #size = 0;
  #hi = new Uint32Array(1 << 11);
  #lo = new Uint32Array(1 << 11);
  #row = new Uint32Array(1 << 11);
  #page: Uint16Array | null = null;
  readonly #others = new Map<string, FirstSeen>();

  /** NIPs remembered. */
  get size(): number {
    return this.#size + this.#others.size;
  }

  /** Bytes its typed arrays take (the rare other-length NIPs in their Map aside). */
  get bytes(): number {
    const arrays = [this.#slots, this.#hi, this.#lo, this.#row, this.#page];
    return arrays.reduce((sum, array) => sum + (array?.byteLength ?? 0), 0);
  }

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
  firstOrRememberHalves(hi: number, lo: number, here: FirstSeen): FirstSeen | undefined {
    let slot = this.#slot(hi, lo);
    const found = this.#slots[slot] as number;
    if (found !== EMPTY) {
      const page = this.#page?.[found - 1] ?? 0;
      return { row: this.#row[found - 1] as number, page: page === 0 ? undefined : page };
    }
    if ((this.#size + 1) * 2 > this.#slots.length) {
      this.#growSlots();
      slot = this.#slot(hi, lo);
    }
    if (this.#size === this.#row.length) this.#growEntries();
    const entry = this.#size++;
    this.#hi[entry] = hi;
    this.#lo[entry] = lo;
    this.#row[entry] = here.row;
    if (here.page !== undefined && here.page > 0 && here.page <= 0xffff) {
      this.#page ??= new Uint16Array(this.#row.length);
      this.#page[entry] = here.page;
    }
    this.#slots[slot] = entry + 1;
    return undefined;
  }

  /** The slot holding this key, or the empty slot where it would go (open addressing, linear probing). */
  #slot(hi: number, lo: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = (Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b)) & mask;
    for (;;) {
      const entry = slots[slot] as number;
      if (entry === EMPTY || (this.#hi[entry - 1] === hi && this.#lo[entry - 1] === lo)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  #growSlots(): void {
    this.#slots = new Uint32Array(this.#slots.length * 2);
    for (let entry = 0; entry < this.#size; entry++)
      this.#slots[this.#slot(this.#hi[entry] as number, this.#lo[entry] as number)] = entry + 1;
  }

  /** Entries grow by half: a million NIPs leave at most a third of their arrays unused. */
  #growEntries(): void {
    const length = Math.ceil(this.#row.length * 1.5);
    const grown = <T extends Uint32Array | Uint16Array>(from: T): T => {
      const to = new (from.constructor as new (n: number) => T)(length);
      to.set(from);
      return to;
    };
    this.#hi = grown(this.#hi);
    this.#lo = grown(this.#lo);
    this.#row = grown(this.#row);
    if (this.#page) this.#page = grown(this.#page);
  }
}
