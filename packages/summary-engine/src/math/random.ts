/**
 * A small seeded generator (sfc32). The engine never uses Math.random: its seed comes from the input hash, so the
 * same data gives the same k-means starts, and so the same groups, on every run.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `seedHex`: at least 32 hex digits (e.g. a SHA-256 digest). */
  constructor(seedHex: string) {
    const hex = seedHex.replace(/[^0-9a-f]/gi, '').padEnd(32, '0');
    this.a = Number.parseInt(hex.slice(0, 8), 16) >>> 0;
    this.b = Number.parseInt(hex.slice(8, 16), 16) >>> 0;
    this.c = Number.parseInt(hex.slice(16, 24), 16) >>> 0;
    this.d = Number.parseInt(hex.slice(24, 32), 16) >>> 0 || 1;
    // The first outputs of sfc32 still echo the seed.
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }
}
