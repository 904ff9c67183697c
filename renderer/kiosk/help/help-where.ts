import { createContext, useContext, useEffect } from 'react';

/**
 * Where the resident is, sent with a help call so staff see where they were stuck (product.md, Call
 * staff): 'home', 'service:<id>', 'form:<serviceId>:<questionId>', 'queue:priority' and so on. The
 * session knows the screen; a flow that knows its step more exactly registers it while it is shown.
 */
export interface HelpWhere {
  register: (where: string) => () => void;
  /** What the flow on screen registered, if any. */
  current: () => string | undefined;
}

export function createHelpWhere(): HelpWhere {
  let current: string | undefined;
  return {
    register(where) {
      current = where;
      return () => {
        if (current === where) current = undefined;
      };
    },
    current: () => current,
  };
}

export const HelpWhereContext = createContext<HelpWhere>(createHelpWhere());

export function useHelpWhere(where: string): void {
  const helpWhere = useContext(HelpWhereContext);
  useEffect(() => helpWhere.register(where), [helpWhere, where]);
}
