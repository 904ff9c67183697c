import { randomBytes } from 'node:crypto';
import type { StaffMember } from './staff-config.ts';

/** Who is signed in, as routes see it: never the PIN hash. */
export interface SignedInStaff {
  id: string;
  name: string;
  role: StaffMember['role'];
}

export interface StaffSession {
  token: string;
  staff: SignedInStaff;
  /** 'kiosk': signed in at the resident kiosk itself (ends when staff hand back); 'console': /staff on a device. */
  where: 'kiosk' | 'console';
  createdAt: number;
  lastSeenAt: number;
}

/** A console left open all day stays signed in; one untouched for this long signs out. */
const idleLimitMs = 4 * 60 * 60 * 1000;

/**
 * Staff sessions, in memory: a restart signs everyone out, which is the safe side. The token is the value
 * of an HttpOnly cookie; a resident's page never has one.
 */
export class StaffSessions {
  readonly #sessions = new Map<string, StaffSession>();
  readonly #endListeners = new Set<(session: StaffSession) => void>();

  constructor(private readonly now: () => number = Date.now) {}

  create(staff: SignedInStaff, where: StaffSession['where']): StaffSession {
    const token = randomBytes(32).toString('base64url');
    const at = this.now();
    const session = { token, staff: { id: staff.id, name: staff.name, role: staff.role }, where, createdAt: at, lastSeenAt: at };
    this.#sessions.set(token, session);
    return session;
  }

  /** The live session for a token, touched; undefined when unknown or idle too long. */
  lookup(token: string | undefined): StaffSession | undefined {
    if (!token) return undefined;
    const session = this.#sessions.get(token);
    if (!session) return undefined;
    if (this.now() - session.lastSeenAt > idleLimitMs) {
      this.#sessions.delete(token);
      return undefined;
    }
    session.lastSeenAt = this.now();
    return session;
  }

  end(token: string): StaffSession | undefined {
    const session = this.#sessions.get(token);
    if (session) this.#ended(session);
    return session;
  }

  /** Signs a staff member out everywhere: removed, their role changed, or their PIN reset. */
  endAllFor(staffId: string): void {
    for (const session of [...this.#sessions.values()]) if (session.staff.id === staffId) this.#ended(session);
  }

  /** Hears of sessions signed out or ended by an admin, so an open staff page stops counting at once. */
  onEnd(listener: (session: StaffSession) => void): () => void {
    this.#endListeners.add(listener);
    return () => this.#endListeners.delete(listener);
  }

  #ended(session: StaffSession): void {
    this.#sessions.delete(session.token);
    for (const listener of this.#endListeners) listener(session);
  }
}
