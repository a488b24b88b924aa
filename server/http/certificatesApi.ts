// The certificate log's HTTP addresses, as other tools expect them: the checkpoint, inclusion and consistency
// proofs, one certificate, and the museum's public key. Every query is checked with zod; a bad one is a 400 naming it.
import { Router, type Request } from "express";
import { z } from "zod";
import { SerialSchema } from "../../common/transparency/certificate";
import { IdSchema } from "../../common/sceneParts";
import type { TransparencyLog } from "../certificates/transparencyLog";
import { ApiError, apiErrors, parse, route } from "./apiHelpers";

const count = z
  .string({ error: "missing" })
  .regex(/^\d{1,15}$/, "must be a whole number of entries")
  .transform(Number);
const InclusionQuerySchema = z.strictObject({
  hash: z
    .string({ error: "hash is missing" })
    .regex(/^[0-9a-f]{64}$/, "must be a leaf hash as 64 lower-case hex digits"),
  size: count.refine((n) => n >= 1, "must be at least 1 (an empty tree includes nothing)"),
});
const ConsistencyQuerySchema = z.strictObject({ from: count, to: count });

/** The query as one value a name; a name given twice is refused rather than one of its values guessed. */
function queryOf(req: Request): Record<string, string> {
  const params = new URL(req.originalUrl, "http://museum.invalid").searchParams;
  const out: Record<string, string> = {};
  for (const [k, v] of params) {
    if (k in out) throw new ApiError(400, `Invalid query: ${k}: given more than once`);
    out[k] = v;
  }
  return out;
}

export function certificatesRouter(log: TransparencyLog): Router {
  const router = Router();
  const fresh = { "Cache-Control": "no-cache" };

  router.get(
    "/api/log/checkpoint",
    route(async (_req, res) => {
      res
        .set(fresh)
        .type("text/plain; charset=utf-8")
        .send(await log.checkpoint());
    }),
  );
  router.get(
    "/api/log/key",
    route(async (_req, res) => {
      res.set(fresh).json(await log.key());
    }),
  );
  router.get(
    "/api/log/proof/inclusion",
    route(async (req, res) => {
      const q = parse(InclusionQuerySchema, queryOf(req), "query");
      const proof = await log.inclusion(q.hash, q.size);
      if ("error" in proof) throw new ApiError(proof.error.startsWith("hash") ? 404 : 400, proof.error);
      res.set(fresh).json(proof);
    }),
  );
  router.get(
    "/api/log/proof/consistency",
    route(async (req, res) => {
      const q = parse(ConsistencyQuerySchema, queryOf(req), "query");
      const proof = await log.consistency(q.from, q.to);
      if ("error" in proof) throw new ApiError(400, proof.error);
      res.set(fresh).json(proof);
    }),
  );
  // Whether a certificate was revoked: always an answer (null when not), so that checking is never an error.
  router.get(
    "/api/certificates/:serial/revocation",
    route((req, res) => {
      const serial = req.params.serial as string;
      if (!SerialSchema.safeParse(serial).success)
        throw new ApiError(400, `serial: "${serial.slice(0, 80)}" is not a certificate serial (cer-0001.d1)`);
      const r = log.revocationOf(serial);
      const revocation = r ? { certificate: r.certificate, signature: r.signature, leafHash: r.leafHash } : null;
      res.set(fresh).json({ revocation });
    }),
  );
  // An object's id gives its current digital certificate; a serial gives that very entry (revocations too).
  router.get(
    "/api/certificates/:id",
    route((req, res) => {
      const id = req.params.id as string;
      const isSerial = SerialSchema.safeParse(id).success;
      if (!isSerial && !IdSchema.safeParse(id).success)
        throw new ApiError(
          400,
          `id: "${id.slice(0, 80)}" is neither an object id (cer-0001) nor a serial (cer-0001.d1)`,
        );
      const found = isSerial ? log.get(id) : log.currentDigital(id);
      if (!found)
        throw new ApiError(
          404,
          isSerial ? `No certificate ${id} in the log` : `No valid certificate for the object "${id}"`,
        );
      res.set(fresh).json({ certificate: found.certificate, signature: found.signature, leafHash: found.leafHash });
    }),
  );
  router.use(["/api/log", "/api/certificates"], apiErrors());
  return router;
}
