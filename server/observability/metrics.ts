// The museum's Prometheus metrics (prom-client), in a registry of its own so that several servers in one process
// (tests) never share counts. Gauges are read when scraped, from the functions the server passes in.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

export interface MetricSources {
  /** Visitors connected to this process's rooms. */
  visitors(): number;
  /** Room instances in this process. */
  rooms(): number;
  /** Live guided tours in this process's rooms. */
  liveTours(): number;
}

export interface MuseumMetrics {
  registry: Registry;
  messageIn(type: string): void;
  messageOut(type: string): void;
  /** A visitor's message was refused; `reason` is an ErrorCode or "rate-limited", "flooding", "invalid-messages". */
  rejected(reason: string): void;
  /** One state patch of one room took this long (encoding and handing it to every socket). */
  patched(ms: number): void;
  /** The Prometheus text exposition of everything. */
  scrape(): Promise<string>;
}

export function createMuseumMetrics(sources: MetricSources): MuseumMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: "bund_visitors_connected",
    help: "Visitors connected to this process's rooms",
    registers: [registry],
    collect() {
      this.set(sources.visitors());
    },
  });
  new Gauge({
    name: "bund_rooms",
    help: "Museum room instances in this process",
    registers: [registry],
    collect() {
      this.set(sources.rooms());
    },
  });
  new Gauge({
    name: "bund_live_tours",
    help: "Live guided tours in this process's rooms",
    registers: [registry],
    collect() {
      this.set(sources.liveTours());
    },
  });
  // Every frame in and out is counted, so counting must be an increment in a plain map (tens of nanoseconds);
  // prom-client's label lookup (about half a microsecond) happens only when scraped.
  const tally = (name: string, help: string, label: string) => {
    const counts = new Map<string, number>();
    new Counter({
      name,
      help,
      labelNames: [label],
      registers: [registry],
      collect() {
        this.reset();
        for (const [value, n] of counts) this.inc({ [label]: value }, n);
      },
    });
    return (value: string) => void counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  const inbound = tally("bund_messages_in_total", "WebSocket frames received from visitors, by message type", "type");
  const outbound = tally(
    "bund_messages_out_total",
    "WebSocket frames sent to visitors, by message type (patch, state, join, or a message type)",
    "type",
  );
  const rejected = tally("bund_messages_rejected_total", "Visitor messages the server refused, by reason", "reason");
  const patch = new Histogram({
    name: "bund_patch_duration_seconds",
    help: "Time to encode one room's state patch and hand it to every socket",
    // The bench's target is a p99 under 5 ms at 100 visitors; the buckets are finest around it.
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1],
    registers: [registry],
  });
  return {
    registry,
    messageIn: inbound,
    messageOut: outbound,
    rejected,
    patched: (ms) => patch.observe(ms / 1000),
    scrape: () => registry.metrics(),
  };
}
