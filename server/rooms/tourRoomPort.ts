// What a room and its tour desk give each other: the server's tour settings, and the room as the desk sees it.
import type { Client } from "@colyseus/core";
import type { z } from "zod";
import type { ErrorCode } from "../../common/messageTypes";
import type { LiveTourListing, TourPlan } from "../../common/tour";
import type { TourContent } from "../logic/tourPlanCheck";
import type { TourTickets } from "../auth/tourTickets";
import type { LiveTour } from "../logic/liveTour";
import type { LiveTours } from "../store/liveTours";
import type { MuseumState } from "./schema/MuseumState";

export interface Whereabouts {
  sceneId: string;
  x: number;
  z: number;
  yaw: number;
  connected: boolean;
  /** 1 in VR: a placement fades. */
  mode: number;
}

/** What the server gives every room for tours (through define()'s options). */
export interface TourSettings {
  plans: { get(id: string): TourPlan | null };
  content: TourContent;
  liveTours?: LiveTours;
  /** Extra seats for people joining a live tour of a room that is full for free visitors. */
  headroom: number;
  log?: { warn(obj: object, msg: string): void };
  /** Signs the seats handed out in "tour:plan" (server/auth/tourTickets.ts); without it there are no tickets. */
  tickets?: TourTickets;
  /** Tours read back from the store at start-up, waiting for a room to hold them again (see server/lifecycle). */
  restored?: { take(): LiveTour[] | undefined };
  /** How long restored tours keep the seats of members who have not come back. */
  restoreGraceSeconds?: number;
}

/** The room as the desk sees it. */
export interface TourRoomPort {
  readonly roomId: string;
  readonly state: MuseumState;
  onMessage(type: string, handler: (client: Client, raw: unknown) => void): void;
  /** The parsed message, or undefined after refusing it (so `undefined` bodies are wrapped). */
  check<T>(client: Client, type: string, schema: z.ZodType<T>, raw: unknown): { value: T } | undefined;
  refuse(client: Client, type: string, code: ErrorCode, message: string): void;
  clientOf(sessionId: string): Client | undefined;
  whereIs(sessionId: string): Whereabouts | undefined;
  place(sessionId: string, at: { sceneId: string; x: number; z: number; yaw: number }): void;
  advertise(tours: LiveTourListing[]): void;
}
