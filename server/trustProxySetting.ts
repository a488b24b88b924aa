// TRUST_PROXY (part of server/config.ts's schema): false, true, a hop count, or the addresses and subnets of the
// proxies in front, as Express's "trust proxy" takes them; anything else is refused naming what is wrong.
import { z } from "zod";

export const TrustProxySetting = z
  .string()
  .default("false")
  .transform((s, ctx): boolean | number | string[] => {
    const t = s.trim();
    if (t === "false" || t === "true") return t === "true";
    if (/^\d{1,2}$/.test(t)) return Number(t);
    const list = t
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean);
    const bad = list.find((a) => !/^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/.test(a));
    if (!list.length || bad !== undefined)
      ctx.addIssue({
        code: "custom",
        message: `must be false, true, a hop count or addresses/subnets like 10.0.0.0/8${bad ? ` ("${bad}" is none of these)` : ""}`,
      });
    return list;
  });
