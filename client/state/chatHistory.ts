// The page's recent chat lines, kept for whoever shows them besides the chat panel (the VR menu reads the last few).
// One per page: the chat (loaded with voice) writes, the VR code (loaded on entering VR) reads; neither loads the other.

/** Lines kept (the VR menu shows fewer). */
const KEPT = 20;

export interface ChatHistory {
  /** A line as shown: "name: text". */
  push(line: string): void;
  recent(n: number): string[];
}

export function createChatHistory(): ChatHistory {
  const lines: string[] = [];
  return {
    push(line) {
      lines.push(line);
      if (lines.length > KEPT) lines.shift();
    },
    recent: (n) => lines.slice(-n),
  };
}

/** The page's own history. */
export const pageChat: ChatHistory = createChatHistory();
