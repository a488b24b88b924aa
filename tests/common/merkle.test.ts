// RFC 9162 tree: the RFC 6962 reference roots, proofs for every index and every pair of sizes up to 64, and tampering.
import { describe, expect, it } from "vitest";
import { fromHex, toHex, utf8 } from "../../common/transparency/bytes";
import {
  leafHash,
  rootOfLeaves,
  verifyConsistency,
  verifyInclusion,
  type Hash,
} from "../../common/transparency/merkle";
import { MerkleTree } from "../../common/transparency/merkleTree";

// The eight reference leaves of RFC 6962's test data (certificate-transparency-go) and the published root of
// every prefix, sizes 0 to 8.
const RFC_LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];
const RFC_ROOTS = [
  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];
// Published inclusion paths for leaves 0 and 5 of the eight-leaf tree.
const RFC_PATHS: [number, string[]][] = [
  [
    0,
    [
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
  ],
  [
    5,
    [
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
  ],
];

async function treeOf(n: number): Promise<{ tree: MerkleTree; leaves: Hash[] }> {
  const tree = new MerkleTree();
  const leaves: Hash[] = [];
  for (let i = 0; i < n; i++) {
    const leaf = await leafHash(utf8(`entry ${i}`));
    leaves.push(leaf);
    await tree.append(leaf);
  }
  return { tree, leaves };
}

const flipped = (path: Hash[], at: number): Hash[] =>
  path.map((h, i) => (i === at ? h.map((b, j) => (j === 7 ? b ^ 1 : b)) : h));

describe("the RFC 6962 / 9162 reference tree", () => {
  it("gives the published root for every size from 0 to 8, by definition and from the tree", async () => {
    const leaves = await Promise.all(RFC_LEAVES.map((h) => leafHash(fromHex(h)!)));
    const tree = new MerkleTree();
    for (let n = 0; n <= 8; n++) {
      expect(toHex(await rootOfLeaves(leaves.slice(0, n))), `size ${n}`).toBe(RFC_ROOTS[n]);
      expect(toHex(await tree.root()), `tree of size ${n}`).toBe(RFC_ROOTS[n]);
      if (n < 8) await tree.append(leaves[n]);
    }
    for (let n = 0; n <= 8; n++) expect(toHex(await tree.root(n)), `past size ${n}`).toBe(RFC_ROOTS[n]);
  });

  it("gives the published inclusion paths, and they verify", async () => {
    const leaves = await Promise.all(RFC_LEAVES.map((h) => leafHash(fromHex(h)!)));
    const tree = new MerkleTree();
    for (const l of leaves) await tree.append(l);
    for (const [index, want] of RFC_PATHS) {
      const path = await tree.inclusionProof(index, 8);
      expect(path.map(toHex)).toEqual(want);
      expect(await verifyInclusion(leaves[index], index, 8, path, fromHex(RFC_ROOTS[8])!)).toBe(true);
    }
  });
});

describe("proofs for every tree up to 64 leaves", () => {
  it("inclusion: every index of every size verifies, with ⌈log₂ n⌉ hashes at most", async () => {
    const { tree, leaves } = await treeOf(64);
    for (let size = 1; size <= 64; size++) {
      const root = await tree.root(size);
      expect(root).toEqual(await rootOfLeaves(leaves.slice(0, size)));
      for (let i = 0; i < size; i++) {
        const path = await tree.inclusionProof(i, size);
        expect(path.length).toBeLessThanOrEqual(Math.ceil(Math.log2(size)));
        expect(await verifyInclusion(leaves[i], i, size, path, root), `leaf ${i} of ${size}`).toBe(true);
      }
    }
  });

  it("consistency: every pair of sizes verifies", async () => {
    const { tree } = await treeOf(64);
    const roots = [];
    for (let n = 0; n <= 64; n++) roots.push(await tree.root(n));
    for (let m = 0; m <= 64; m++)
      for (let n = m; n <= 64; n++) {
        const path = await tree.consistencyProof(m, n);
        expect(await verifyConsistency(m, n, path, roots[m], roots[n]), `${m} → ${n}`).toBe(true);
      }
  });
});

describe("tampered proofs fail", () => {
  it("inclusion: a flipped byte, a truncated or lengthened path, a wrong size or index, another leaf", async () => {
    const { tree, leaves } = await treeOf(22);
    const root = await tree.root(21);
    const [root20, root22] = [await tree.root(20), await tree.root(22)];
    const other = await leafHash(utf8("not in the log"));
    for (let i = 0; i < 21; i++) {
      const path = await tree.inclusionProof(i, 21);
      for (let at = 0; at < path.length; at++)
        expect(await verifyInclusion(leaves[i], i, 21, flipped(path, at), root)).toBe(false);
      expect(await verifyInclusion(leaves[i], i, 21, path.slice(0, -1), root)).toBe(false);
      expect(await verifyInclusion(leaves[i], i, 21, [...path, path[0]], root)).toBe(false);
      // The path of the 21-leaf tree against the tree of another size (its own root): a proof for another tree.
      if (i < 20) expect(await verifyInclusion(leaves[i], i, 20, path, root20)).toBe(false);
      expect(await verifyInclusion(leaves[i], i, 22, path, root22)).toBe(false);
      expect(await verifyInclusion(leaves[i], (i + 1) % 21, 21, path, root)).toBe(false);
      expect(await verifyInclusion(other, i, 21, path, root)).toBe(false);
    }
    expect(await verifyInclusion(leaves[0], 21, 21, [], root)).toBe(false);
    expect(await verifyInclusion(leaves[0], -1, 21, [], root)).toBe(false);
  });

  it("consistency: a flipped byte, a truncated path, a wrong size, a forked root", async () => {
    const { tree } = await treeOf(41);
    for (const [m, n] of [
      [3, 40],
      [7, 13],
      [8, 40],
      [16, 33],
      [27, 39],
    ]) {
      const a = await tree.root(m);
      const b = await tree.root(n);
      const path = await tree.consistencyProof(m, n);
      expect(await verifyConsistency(m, n, path, a, b)).toBe(true);
      for (let at = 0; at < path.length; at++)
        expect(await verifyConsistency(m, n, flipped(path, at), a, b), `${m}→${n} byte in ${at}`).toBe(false);
      expect(await verifyConsistency(m, n, path.slice(0, -1), a, b)).toBe(false);
      // The proof against trees of other sizes (with their own roots).
      expect(await verifyConsistency(m, n + 1, path, a, await tree.root(n + 1))).toBe(false);
      expect(await verifyConsistency(m - 1, n, path, await tree.root(m - 1), b)).toBe(false);
      // Another history of the same size: its root cannot be proven consistent with ours.
      const otherRoot = flipped([b], 0)[0];
      expect(await verifyConsistency(m, n, path, a, otherRoot)).toBe(false);
      expect(await verifyConsistency(m, n, path, flipped([a], 0)[0], b)).toBe(false);
    }
    // A log rolled back (the new tree smaller than the one kept) has no proof at all.
    expect(await verifyConsistency(10, 9, [], await tree.root(10), await tree.root(9))).toBe(false);
    // A fork: another history of 40 entries, entry 17 rewritten. Same size, another root; nothing links them.
    const fork = new MerkleTree();
    for (let i = 0; i < 40; i++) await fork.append(await leafHash(utf8(i === 17 ? "rewritten" : `entry ${i}`)));
    const [ours, theirs] = [await tree.root(40), await fork.root(40)];
    expect(await verifyConsistency(40, 40, [], ours, theirs)).toBe(false);
    expect(await verifyConsistency(20, 40, await fork.consistencyProof(20, 40), await tree.root(20), theirs)).toBe(
      false,
    );
    expect(await verifyConsistency(10, 40, await fork.consistencyProof(10, 40), await tree.root(10), theirs)).toBe(
      true,
    );
  });

  it("refuses to make proofs for sizes or indices the log does not have", async () => {
    const { tree } = await treeOf(5);
    await expect(tree.inclusionProof(5)).rejects.toThrow(/leaf index 5 is not in a tree of 5/);
    await expect(tree.inclusionProof(0, 6)).rejects.toThrow(/tree size 6 is not a size of this log/);
    await expect(tree.consistencyProof(6, 5)).rejects.toThrow(/tree size 6 is not between 0 and 5/);
  });
});
