// The link a guide hands out, in a module of its own: the client's start-up bundle needs it, and must not carry zod.

/** The link a guide hands out; the entry screen reads `?tour=`. */
export const tourLink = (code: string) => `/?tour=${code}`;
