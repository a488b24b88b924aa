// An append-only RFC 9162 tree that remembers every complete subtree, so that the root of any past size and any
// inclusion or consistency proof costs O(log n) hashes rather than a pass over every leaf.
import { nodeHash, sha256, splitPoint, type Hash } from "./merkle";

export class MerkleTree {
  /** levels[h][i]: the hash of leaves [i·2^h, (i+1)·2^h), kept once that subtree is complete (it never changes). */
  private readonly levels: Hash[][] = [[]];

  get size(): number {
    return this.levels[0].length;
  }

  /** Adds a leaf hash and completes the subtrees it closes. */
  async append(leaf: Hash): Promise<void> {
    this.levels[0].push(leaf);
    let h = 0;
    let i = this.levels[0].length - 1;
    while (i % 2 === 1) {
      const level = this.levels[h];
      const parent = await nodeHash(level[i - 1], level[i]);
      if (!this.levels[h + 1]) this.levels.push([]);
      this.levels[h + 1].push(parent);
      h++;
      i = Math.floor(i / 2);
    }
  }

  leaf(index: number): Hash {
    return this.levels[0][index];
  }

  /** MTH(D[start:end]); every range RFC 9162 asks for starts on a multiple of the power of two that covers it. */
  private async subtree(start: number, end: number): Promise<Hash> {
    const n = end - start;
    if (n === 0) return sha256(new Uint8Array(0));
    if ((n & (n - 1)) === 0) {
      const h = Math.log2(n);
      const cached = this.levels[h]?.[start / n];
      if (cached) return cached;
    }
    const k = splitPoint(n);
    return nodeHash(await this.subtree(start, start + k), await this.subtree(start + k, end));
  }

  private checkSize(size: number, what: string): void {
    if (!Number.isSafeInteger(size) || size < 0 || size > this.size)
      throw new RangeError(`${what} ${size} is not a size of this log (0…${this.size})`);
  }

  /** The root of the tree as it was at `size` leaves (default: now). */
  root(size = this.size): Promise<Hash> {
    this.checkSize(size, "tree size");
    return this.subtree(0, size);
  }

  /** RFC 9162 §2.1.3.1 PATH(index, D[size]). */
  async inclusionProof(index: number, size = this.size): Promise<Hash[]> {
    this.checkSize(size, "tree size");
    if (!Number.isSafeInteger(index) || index < 0 || index >= size)
      throw new RangeError(`leaf index ${index} is not in a tree of ${size} leaves`);
    const path: Hash[] = [];
    const walk = async (m: number, start: number, end: number): Promise<void> => {
      const n = end - start;
      if (n === 1) return;
      const k = splitPoint(n);
      if (m < k) {
        await walk(m, start, start + k);
        path.push(await this.subtree(start + k, end));
      } else {
        await walk(m - k, start + k, end);
        path.push(await this.subtree(start, start + k));
      }
    };
    await walk(index, 0, size);
    return path;
  }

  /** RFC 9162 §2.1.4.1 PROOF(first, D[second]); empty when first is 0 or equals second. */
  async consistencyProof(first: number, second = this.size): Promise<Hash[]> {
    this.checkSize(second, "tree size");
    if (!Number.isSafeInteger(first) || first < 0 || first > second)
      throw new RangeError(`tree size ${first} is not between 0 and ${second}`);
    if (first === 0 || first === second) return [];
    const path: Hash[] = [];
    const sub = async (m: number, start: number, end: number, whole: boolean): Promise<void> => {
      const n = end - start;
      if (m === n) {
        if (!whole) path.push(await this.subtree(start, end));
        return;
      }
      const k = splitPoint(n);
      if (m <= k) {
        await sub(m, start, start + k, whole);
        path.push(await this.subtree(start + k, end));
      } else {
        await sub(m - k, start + k, end, false);
        path.push(await this.subtree(start, start + k));
      }
    };
    await sub(first, 0, second, true);
    return path;
  }
}
