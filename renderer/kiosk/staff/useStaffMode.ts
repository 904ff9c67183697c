import { useCallback, useState } from 'react';
import { defaultSessionSettings, useSessionSettings } from '../../a11y/session-settings.tsx';
import type { SessionSettings } from '../../a11y/session-settings.tsx';
import { signOut } from '../../staff-session.ts';
import type { StaffMember } from '../../staff-session.ts';

export interface StaffMode {
  staff: StaffMember;
  /** While filing for a resident (代办): their own look and sound, put back exactly on 交还居民. */
  residentSettings?: SessionSettings;
}

export interface StaffModeControl {
  /** Undefined while no staff member is signed in at this kiosk. */
  mode: StaffMode | undefined;
  /** Staff chose to leave the idle timer off after handing back too. */
  idleKeptOff: boolean;
  keepIdleOff: (keep: boolean) => void;
  signedIn: (staff: StaffMember) => void;
  /** product.md, Staff mode: file on the resident's behalf, with their display settings kept. */
  fileForResident: () => void;
  handBack: () => void;
  /** Before the session is wiped: the staff session ends with it. */
  signOutForReset: () => void;
}

/** Who is signed in at the kiosk, and what staff mode has changed that 交还居民 must undo. */
export function useStaffMode(): StaffModeControl {
  const session = useSessionSettings();
  const [mode, setMode] = useState<StaffMode>();
  const [idleKeptOff, setIdleKeptOff] = useState(false);

  const signedIn = useCallback((staff: StaffMember) => setMode({ staff }), []);
  const fileForResident = () => {
    if (!mode || mode.residentSettings) return;
    setMode({ ...mode, residentSettings: session.settings });
    // The staff member's own layout: the defaults, not the resident's large text or scanning.
    session.change(defaultSessionSettings);
  };
  const handBack = () => {
    if (mode?.residentSettings) session.change(mode.residentSettings);
    setMode(undefined);
    void signOut();
  };
  const signOutForReset = () => {
    if (mode) void signOut();
    setMode(undefined);
  };
  return { mode, idleKeptOff, keepIdleOff: setIdleKeptOff, signedIn, fileForResident, handBack, signOutForReset };
}
