// The voice settings (part of server/config.ts's schema): on or off, the address announced to browsers, the UDP
// ports, and a TURN server for a museum behind NAT. By default voice runs with no STUN or TURN: nothing leaves the
// origin's host, and browsers reach the media server on the addresses of the machine itself.
import { z } from "zod";
import type { VoiceIceServer } from "../../common/voiceWire";

export const VOICE_SETTINGS = {
  /** "off" runs the museum without voice (no media server is started). */
  VOICE: z.enum(["on", "off"]).default("on"),
  /** The address browsers should use for the media server (a public IP mapped 1:1 to this machine by NAT). */
  VOICE_ANNOUNCED_ADDRESS: z.union([z.ipv4(), z.ipv6()], { message: "must be an IPv4 or IPv6 address" }).optional(),
  /** UDP ports for voice, "min-max" (open them in the firewall); unset: any free port. */
  VOICE_UDP_PORTS: z
    .string()
    .regex(/^\d{4,5}-\d{4,5}$/, "must be a range like 40000-40999")
    .transform((s) => s.split("-").map(Number) as [number, number])
    .refine(([a, b]) => a >= 1024 && b <= 65535 && a < b, "must be two ports from 1024 to 65535, the first smaller")
    .optional(),
  /** Only loopback candidates: for tests and benchmarks on one machine. */
  VOICE_LOOPBACK_ONLY: z.enum(["true", "false"]).default("false"),
  /** An optional TURN server, e.g. turn:turn.museum.example:3478, with its user name and credential. */
  VOICE_TURN_URL: z
    .string()
    .regex(/^turns?:[^\s]+$/, "must be a turn: or turns: URL like turn:turn.museum.example:3478")
    .optional(),
  VOICE_TURN_USERNAME: z.string().min(1).max(200).optional(),
  VOICE_TURN_CREDENTIAL: z.string().min(1).max(200).optional(),
};

export interface VoiceConfig {
  enabled: boolean;
  announcedAddress: string | undefined;
  portRange: [number, number] | undefined;
  loopbackOnly: boolean;
  iceServers: VoiceIceServer[];
}

type VoiceSettings = z.infer<z.ZodObject<typeof VOICE_SETTINGS>>;

export function voiceConfigOf(c: VoiceSettings): VoiceConfig {
  const turn = c.VOICE_TURN_URL
    ? [{ urls: c.VOICE_TURN_URL, username: c.VOICE_TURN_USERNAME, credential: c.VOICE_TURN_CREDENTIAL }]
    : [];
  return {
    enabled: c.VOICE === "on",
    announcedAddress: c.VOICE_ANNOUNCED_ADDRESS,
    portRange: c.VOICE_UDP_PORTS,
    loopbackOnly: c.VOICE_LOOPBACK_ONLY === "true",
    iceServers: turn,
  };
}
