import type { ReactNode } from 'react';

export interface StaffTableProps {
  /** What the table lists, read first by a screen reader (WCAG 1.3.1). */
  caption?: ReactNode;
  /** The column headings; a table of label and value pairs has none. */
  columns?: readonly string[];
  /** A panel's own look on top of the console's. */
  className?: string;
  /** The rows; each names itself with a `<th scope="row">`. */
  children: ReactNode;
}

/** Every list in the staff console is this table: a caption, headed columns and its rows. */
export function StaffTable({ caption, columns, className, children }: StaffTableProps) {
  return (
    <table className={className ? `staff__table ${className}` : 'staff__table'}>
      {caption !== undefined && <caption>{caption}</caption>}
      {columns && (
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>{children}</tbody>
    </table>
  );
}
