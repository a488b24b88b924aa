// Things one address holds at once (open sockets): taken and given back, refused past a limit. Pure counting.

export interface AddressTally {
  /** Takes one for `address` if it holds fewer than the limit; false when it may not. */
  take(address: string): boolean;
  give(address: string): void;
  held(address: string): number;
}

export function createAddressTally(limit: number): AddressTally {
  const counts = new Map<string, number>();
  return {
    take(address) {
      const n = counts.get(address) ?? 0;
      if (n >= limit) return false;
      counts.set(address, n + 1);
      return true;
    },
    give(address) {
      const n = (counts.get(address) ?? 0) - 1;
      // Addresses that hold nothing are forgotten, so the map is as large as the sockets open.
      if (n > 0) counts.set(address, n);
      else counts.delete(address);
    },
    held: (address) => counts.get(address) ?? 0,
  };
}
