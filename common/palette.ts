// Avatar colours: friendly, distinct, readable against stone and water; the room hands out the least used one.
export const AVATAR_PALETTE = [
  "#e4572e",
  "#2e86ab",
  "#f3a712",
  "#6a994e",
  "#a23b72",
  "#3bb273",
  "#7768ae",
  "#e15554",
  "#4d9de0",
  "#c17817",
  "#1b998b",
  "#d1495b",
] as const;

export function leastUsedColor(inUse: Iterable<number>): number {
  const counts = new Array<number>(AVATAR_PALETTE.length).fill(0);
  for (const c of inUse) if (c >= 0 && c < counts.length) counts[c]++;
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i] < counts[best]) best = i;
  return best;
}
