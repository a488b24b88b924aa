// Every module of the page that checks data with zod imports this first. zod's JIT probes `new Function` on its first
// parse, which the page's CSP (no 'unsafe-eval') reports as a violation; its interpreter is fast enough for what the
// page checks (a certificate, a character's strokes, saved progress). Kept out of start-up: zod loads with these.
import { config } from "zod";

config({ jitless: true });
