// Which voice plays in which of a listener's fixed receive slots. A listener's connection is negotiated once with a
// fixed number of audio slots, and the media server swaps the voice behind a slot without renegotiating: so a voice
// that stays heard keeps its slot (no click, no jitter-buffer reset) and only freed slots take new voices.

export type SlotAssignment = readonly (string | null)[];

export interface SlotChange {
  slot: number;
  speaker: string | null;
}

/** The new assignment for `heard` (ordered by priority, at most `previous.length` voices), keeping stable slots. */
export function assignSlots(previous: SlotAssignment, heard: readonly string[]): (string | null)[] {
  const wanted = new Set(heard.slice(0, previous.length));
  const next = previous.map((speaker) => (speaker !== null && wanted.has(speaker) ? speaker : null));
  const placed = new Set(next.filter((s): s is string => s !== null));
  let free = 0;
  for (const speaker of wanted) {
    if (placed.has(speaker)) continue;
    while (next[free] !== null) free++;
    next[free] = speaker;
  }
  return next;
}

/** The slots whose voice differs between two assignments of the same length: what the media server must swap. */
export function slotChanges(previous: SlotAssignment, next: SlotAssignment): SlotChange[] {
  const changes: SlotChange[] = [];
  for (let slot = 0; slot < next.length; slot++) {
    if (previous[slot] !== next[slot]) changes.push({ slot, speaker: next[slot] ?? null });
  }
  return changes;
}

export function emptySlots(count: number): (string | null)[] {
  return new Array<string | null>(count).fill(null);
}
