// Imported first by main.ts: keeps the client inside the page's Content-Security-Policy, which has no
// 'unsafe-eval'. zod 4 would probe `new Function("")` on its first parse to decide whether to compile fast parsers;
// under the policy the probe fails and zod falls back, but the browser reports a violation on every visit.
import { config } from "zod";

config({ jitless: true });
