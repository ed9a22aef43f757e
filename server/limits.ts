/** The class server's limits; the defaults are for a lecture hall, tests and the bench pass their own. */
export interface Limits {
  readonly maxRooms: number;
  readonly maxStudents: number;
  /** A room with no presenter message and no join for this long is forgotten. */
  readonly idleMs: number;
  /** Every connection: this many events at once, refilled per second. */
  readonly burst: number;
  readonly perSecond: number;
  /** Joins per address. */
  readonly joinBurst: number;
  readonly joinsPerSecond: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxRooms: 200,
  maxStudents: 500,
  idleMs: 4 * 3600_000,
  burst: 40,
  perSecond: 20,
  joinBurst: 30,
  joinsPerSecond: 0.5,
};

/** Why messages were dropped, counted (no message content, no sender is kept). */
export interface Dropped {
  unknown: number;
  oversized: number;
  malformed: number;
  flooded: number;
  forged: number;
  joinLimited: number;
  duplicate: number;
}

export const noneDropped = (): Dropped => ({ unknown: 0, oversized: 0, malformed: 0, flooded: 0, forged: 0, joinLimited: 0, duplicate: 0 });
