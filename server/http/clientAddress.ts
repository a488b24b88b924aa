// Who is asking, for per-address limits: the request's address (express' req.ip, which believes X-Forwarded-For
// only from the proxies TRUST_PROXY names). One IPv6 visitor commonly holds a whole /64, so IPv6 counts per /64.
import { isIPv6 } from "node:net";

/** The key a per-address limit counts under: an IPv4 address as is, an IPv6 address as its /64 prefix. */
export function limitKey(ip: string | undefined): string {
  if (!ip) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head, tail = ""] = ip.toLowerCase().split("%")[0].split("::");
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
