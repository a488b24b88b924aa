// RFC 9162 §2.1 Merkle tree hashing: leaf and node hashes, the root of any size, inclusion and consistency proofs
// made and checked. Hashing goes through WebCrypto (async), which both Node 20 and the browser have.

export type Hash = Uint8Array;

/** SHA-256 through WebCrypto (globalThis.crypto in Node 20 and every browser page served over http(s)/localhost). */
export async function sha256(bytes: Uint8Array): Promise<Hash> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
}

const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

/** SHA-256(0x00 ‖ entry): the domain prefix keeps a leaf from ever passing for a node (second-preimage attack). */
export function leafHash(entry: Uint8Array): Promise<Hash> {
  const b = new Uint8Array(entry.length + 1);
  b[0] = LEAF_PREFIX;
  b.set(entry, 1);
  return sha256(b);
}

/** SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Hash, right: Hash): Promise<Hash> {
  const b = new Uint8Array(1 + left.length + right.length);
  b[0] = NODE_PREFIX;
  b.set(left, 1);
  b.set(right, 1 + left.length);
  return sha256(b);
}

/** The largest power of two strictly smaller than n (n ≥ 2): where RFC 9162 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

export function sameHash(a: Hash, b: Hash): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/** MTH over leaf hashes by the definition, recursively: the naive verifier's way and the reference for tests. */
export async function rootOfLeaves(leaves: readonly Hash[]): Promise<Hash> {
  if (leaves.length === 0) return sha256(new Uint8Array(0));
  if (leaves.length === 1) return leaves[0];
  const k = splitPoint(leaves.length);
  return nodeHash(await rootOfLeaves(leaves.slice(0, k)), await rootOfLeaves(leaves.slice(k)));
}

/**
 * RFC 9162 §2.1.3.2: does `path` prove that the leaf `leaf` sits at `index` in the tree of `size` leaves whose root
 * is `root`? False for any index outside the tree, a path too long or too short, or any changed byte.
 */
export async function verifyInclusion(
  leaf: Hash,
  index: number,
  size: number,
  path: readonly Hash[],
  root: Hash,
): Promise<boolean> {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r);
      if (fn % 2 === 0)
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
    } else r = await nodeHash(r, p);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && sameHash(r, root);
}

/**
 * RFC 9162 §2.1.4.2: does `path` prove that the tree of `first` leaves (root `firstRoot`) is a prefix of the tree of
 * `second` leaves (root `secondRoot`)? A smaller second tree, another root of the same size, or a cut path: false.
 */
export async function verifyConsistency(
  first: number,
  second: number,
  path: readonly Hash[],
  firstRoot: Hash,
  secondRoot: Hash,
): Promise<boolean> {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0 || first > second) return false;
  // The empty tree is a prefix of every tree; a tree is consistent with itself only under the same root.
  if (first === 0) return path.length === 0;
  if (first === second) return path.length === 0 && sameHash(firstRoot, secondRoot);
  if (path.length === 0) return false;
  const nodes = (first & (first - 1)) === 0 ? [firstRoot, ...path] : [...path];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = nodes[0];
  let sr = nodes[0];
  for (const c of nodes.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = await nodeHash(c, fr);
      sr = await nodeHash(c, sr);
      if (fn % 2 === 0)
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
    } else sr = await nodeHash(sr, c);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && sameHash(fr, firstRoot) && sameHash(sr, secondRoot);
}
