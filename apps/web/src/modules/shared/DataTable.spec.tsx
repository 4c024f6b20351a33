import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { DataTable } from './DataTable';

function dom(element: ReactElement): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(element);
  return host;
}

const weeks = [
  { week: 47, authorised: '1,5', unauthorised: '2' },
  { week: 48, authorised: '0', unauthorised: 'afgeschermd' },
];

describe('DataTable', () => {
  it('renders the NL Design System table the pages wrote by hand: the same elements, classes and scopes', () => {
    // The attendance table as AttendanceChart wrote it before the kit.
    const byHand = dom(
      <div className="aanwezig-table-scroll" role="region" aria-label="Verzuim per week" tabIndex={0}>
        <table className="utrecht-table aanwezig-weeks">
          <caption className="utrecht-table__caption">Verzuim per week</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                Week
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                Geoorloofd
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                Ongeoorloofd
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {weeks.map((w) => (
              <tr key={w.week} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  week {w.week}
                </th>
                <td className="utrecht-table__cell">{w.authorised}</td>
                <td className={`utrecht-table__cell ${w.week === 48 ? 'aanwezig-sees-not' : ''}`.trim()}>
                  {w.unauthorised}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>,
    );
    const kit = dom(
      <DataTable
        caption="Verzuim per week"
        className="aanwezig-weeks"
        rows={weeks}
        rowKey={(w) => String(w.week)}
        columns={[
          { key: 'week', header: 'Week', rowHeader: true, cell: (w) => `week ${w.week}` },
          { key: 'authorised', header: 'Geoorloofd', cell: (w) => w.authorised },
          {
            key: 'unauthorised',
            header: 'Ongeoorloofd',
            cell: (w) => w.unauthorised,
            cellClassName: (w) => (w.week === 48 ? 'aanwezig-sees-not' : undefined),
          },
        ]}
      />,
    );
    expect(kit.innerHTML).not.toBe('');
    // Attribute order aside, the two are the same tree.
    expect(kit.isEqualNode(byHand)).toBe(true);
  });

  it('names the scrolling region after the caption, or after its own label when the table has no caption', () => {
    const captioned = dom(<DataTable caption="Gevonden leerlingen" columns={[]} rows={[]} rowKey={String} />);
    expect(captioned.querySelector('[role=region]')?.getAttribute('aria-label')).toBe('Gevonden leerlingen');
    expect(captioned.querySelector('caption')?.textContent).toBe('Gevonden leerlingen');

    const labelled = dom(<DataTable scrollLabel="Casussen" columns={[]} rows={[]} rowKey={String} />);
    expect(labelled.querySelector('[role=region]')?.getAttribute('aria-label')).toBe('Casussen');
    expect(labelled.querySelector('caption')).toBeNull();
  });

  it('stays in the page flow without caption or label, and passes its description on', () => {
    const plain = dom(
      <DataTable
        aria-describedby="organisation-count"
        rows={['Het Baken College']}
        rowKey={String}
        columns={[{ key: 'name', header: 'Naam', cell: (name) => name }]}
      />,
    );
    expect(plain.querySelector('[role=region]')).toBeNull();
    const table = plain.querySelector('table')!;
    expect(table.getAttribute('aria-describedby')).toBe('organisation-count');
    expect([...table.querySelectorAll('tbody td.utrecht-table__cell')].map((td) => td.textContent)).toEqual([
      'Het Baken College',
    ]);
    expect(table.querySelectorAll('tbody th').length).toBe(0);
  });
});
