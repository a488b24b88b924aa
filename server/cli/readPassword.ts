// Reads a password: on a terminal, twice and without echo; from a pipe, the first line of stdin (no prompt).
import { createInterface } from "node:readline";

/** The password, or null when the two entries on a terminal differ. */
export async function readPassword(prompt: string, again: string): Promise<string | null> {
  if (!process.stdin.isTTY) return readLine();
  const first = await askHidden(prompt);
  const second = await askHidden(again);
  return first === second ? first : null;
}

async function readLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line.replace(/\r$/, "");
  }
  return "";
}

/** Raw mode: every key is ours, nothing is echoed; Enter ends, Backspace deletes, Ctrl-C aborts. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          return resolve(value);
        }
        if (ch === "\u0003") {
          stdin.setRawMode(false);
          process.stdout.write("\n");
          process.exit(130);
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else if (ch >= " ") value += ch;
      }
    };
    stdin.on("data", onData);
  });
}
