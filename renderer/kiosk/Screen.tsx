import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import './Screen.css';

export interface ScreenProps {
  heading: string;
  children: ReactNode;
  /** 上一步 and the primary action: always in the same place, above the persistent bar. */
  actions?: ReactNode;
}

/** One resident screen. Focus moves to its heading when it shows, so every screen starts at the top. */
export function Screen({ heading, children, actions }: ScreenProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [heading]);
  return (
    <div className="screen">
      <div className="screen__content">
        <h1 ref={headingRef} tabIndex={-1}>
          {heading}
        </h1>
        {children}
      </div>
      {actions && <div className="screen__actions">{actions}</div>}
    </div>
  );
}
