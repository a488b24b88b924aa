// The wire contract: message names in one const object, and a zod schema for what a client may send.
import { z } from "zod";
import { IdSchema } from "./sceneParts";

export const MessageType = {
  /** Server → client: a message of the client's was refused, and why. */
  Error: "error",
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** What a client passes to joinOrCreate. */
export const JoinOptionsSchema = z.strictObject({
  name: z.string().max(200, "name is too long"),
  sceneId: IdSchema,
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;
