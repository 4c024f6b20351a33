import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen. It is a named region that takes keyboard
 * focus, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="aanwezig-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
