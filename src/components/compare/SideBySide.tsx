/**
 * Items side by side, for the school comparison and the study comparison. On a wide screen (and on paper) a real
 * table with row and column headers; on a phone one card per item, the same rows top to bottom and long rows folded
 * away, so nothing needs sideways scrolling. CSS picks one of the two; the other is display:none, so a screen reader
 * meets only one.
 */
import type { ReactNode } from 'react';

export interface SideRow<T> {
  key: string;
  label: string;
  cell: (item: T) => ReactNode;
  /** A long cell (a list of studies): folded on the phone card, open in the table. */
  long?: boolean;
}

interface Props<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  /** The item's name, usually a link: a column header in the table, a heading on the card. */
  heading: (item: T) => ReactNode;
  rows: readonly SideRow<T>[];
  caption: string;
  /** Names the scrollable table region (keyboard users can scroll it). */
  regionLabel: string;
}

export default function SideBySide<T>({ items, itemKey, heading, rows, caption, regionLabel }: Props<T>) {
  return (
    <>
      <div className="table-scroll side-table" tabIndex={0} role="region" aria-label={regionLabel}>
        <table className="compare-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <td />
              {items.map((item) => <th key={itemKey(item)} scope="col">{heading(item)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {items.map((item) => <td key={itemKey(item)}>{row.cell(item)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="side-cards" aria-label={caption}>
        {items.map((item) => (
          <li key={itemKey(item)} className="side-card">
            <h3>{heading(item)}</h3>
            <dl>
              {rows.filter((row) => !row.long).map((row) => (
                <div key={row.key}>
                  <dt>{row.label}</dt>
                  <dd>{row.cell(item)}</dd>
                </div>
              ))}
            </dl>
            {rows.filter((row) => row.long).map((row) => (
              <details key={row.key}>
                <summary>{row.label}</summary>
                {row.cell(item)}
              </details>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
