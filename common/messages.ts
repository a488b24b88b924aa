// The wire contract's schemas: one zod schema per client→server message (names and codes: messageTypes.ts).
import { z } from "zod";
import { IdSchema } from "./sceneParts";

export { MessageType, CloseCode, ErrorCode, VisitorRole, type ErrorMessage } from "./messageTypes";

const int16 = z.int().min(-32768).max(32767);
const uint16 = z.int().min(0).max(65535);
const uint32 = z.int().min(0).max(4294967295);

/** [x, y, z, yaw, pitch] or, with both hands, [… , lx, ly, lz, lq, rx, ry, rz, rq]: the fields of a QuantizedPose. */
export const PoseMessageSchema = z.union([
  z.tuple([int16, int16, int16, uint16, int16]),
  z.tuple([int16, int16, int16, uint16, int16, int16, int16, int16, uint32, int16, int16, int16, uint32]),
]);
export type PoseMessage = z.infer<typeof PoseMessageSchema>;

export const VisitorModeSchema = z.enum(["desktop", "xr"]);
export type VisitorMode = z.infer<typeof VisitorModeSchema>;
export const ModeMessageSchema = z.strictObject({ mode: VisitorModeSchema });
export const SceneMessageSchema = z.strictObject({ sceneId: IdSchema });

export const MAX_NAME_INPUT = 200;

/** What a client passes to joinOrCreate. */
export const JoinOptionsSchema = z.strictObject({
  name: z.string().max(MAX_NAME_INPUT, "name is too long"),
  sceneId: IdSchema,
  mode: VisitorModeSchema.default("desktop"),
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

/** Short, readable zod errors for the sender: "0: expected int, received number; 1: …". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join(".") : "(message)"}: ${i.message}`)
    .join("; ");
}
