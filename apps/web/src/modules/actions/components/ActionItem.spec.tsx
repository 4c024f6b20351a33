import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { Client, Provider } from 'urql';
import { dutchDate } from '@aanwezig/domain';
import { setupI18n } from '../../../app/i18n';
import { ActionItem, type ActionNode } from './ActionItem';

beforeAll(() => {
  setupI18n();
});

/** A client that is never asked: rendering sends nothing. */
const client = new Client({ url: '/graphql', exchanges: [] });

function dom(element: ReactElement): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(
    <Provider value={client}>
      <MemoryRouter>
        <ul>{element}</ul>
      </MemoryRouter>
    </Provider>,
  );
  return host;
}

const open: ActionNode = {
  id: '7d0c1d1e-0000-4000-8000-000000000001',
  caseId: '7d0c1d1e-0000-4000-8000-0000000000ca',
  title: 'Huisbezoek afleggen',
  owner: { id: 'u1', name: 'Joost Smit' },
  dueDate: '2026-11-20',
  status: 'OPEN',
  overdue: true,
  completionNote: null,
  completedAt: null,
  mayChange: true,
  ownerCandidates: [
    { id: 'u2', name: 'Marieke Jansen', role: 'CARE_COORDINATOR', organisationName: 'Het Baken College' },
    { id: 'u3', name: 'Pieter Bakker', role: 'SCHOOL_LEADER', organisationName: 'Het Baken College' },
  ],
  shielded: [],
};

const buttons = (host: HTMLElement) => [...host.querySelectorAll('button')].map((b) => b.textContent);
const text = (host: HTMLElement) => host.textContent?.replace(/\s+/g, ' ') ?? '';

describe('ActionItem', () => {
  it('shows an overdue action with its owner, its deadline in Dutch and "te laat", and the controls its owner may use', () => {
    const host = dom(<ActionItem action={open} />);
    expect(text(host)).toContain('Eigenaar: Joost Smit · deadline 20 november 2026 · te laat');
    expect(buttons(host)).toEqual(['Markeer als afgerond', 'Overdragen', 'Deadline wijzigen']);
    const options = [...host.querySelectorAll('select option')].map((o) => o.textContent);
    expect(options).toEqual([
      'Kies een persoon',
      'Marieke Jansen (Zorgcoördinator, Het Baken College)',
      'Pieter Bakker (Directie, Het Baken College)',
    ]);
    const date = host.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(date.min).toBe(dutchDate());
    // Every control has its label.
    for (const control of host.querySelectorAll('input, select'))
      expect(host.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
  });

  it('offers nothing to a reader who may not change it, and says when there is nobody to hand it to', () => {
    const host = dom(<ActionItem action={{ ...open, mayChange: false }} />);
    expect(buttons(host)).toEqual([]);
    expect(host.querySelector('form')).toBeNull();
    const alone = dom(<ActionItem action={{ ...open, ownerCandidates: [] }} />);
    expect(buttons(alone)).toEqual(['Markeer als afgerond', 'Deadline wijzigen']);
    expect(text(alone)).toContain('Er is niemand anders die deze casus kan inzien');
  });

  it('shows a done action as done, with its date and note and no controls, never as overdue', () => {
    const host = dom(
      <ActionItem
        action={{
          ...open,
          status: 'DONE',
          overdue: false,
          mayChange: false,
          completedAt: '2026-12-01T10:15:00.000Z',
          completionNote: 'Ouders gesproken.',
        }}
      />,
    );
    expect(text(host)).toContain('afgerond op 1 december 2026');
    expect(text(host)).toContain('Toelichting: Ouders gesproken.');
    expect(text(host)).not.toContain('te laat');
    expect(buttons(host)).toEqual([]);
  });

  it('says a shielded title and owner are shielded, and links to the case on a list of several cases', () => {
    const host = dom(
      <ActionItem
        action={{
          ...open,
          title: null,
          owner: null,
          shielded: [
            { field: 'title', reason: 'NO_CONSENT' },
            { field: 'owner', reason: 'NOT_INVOLVED' },
          ],
        }}
        showCaseLink
      />,
    );
    expect(text(host)).toContain('Afgeschermd: geen toestemming van ouders/leerling');
    expect(text(host)).toContain('Afgeschermd: uw organisatie is niet betrokken');
    expect(host.querySelector('a')?.getAttribute('href')).toBe(`/casussen/${open.caseId}`);
    expect(host.querySelector('a')?.textContent).toBe('Naar de casus');
    const named = dom(<ActionItem action={open} showCaseLink caseLabel="Sanne de Vries (2B)" />);
    expect(named.querySelector('a')?.textContent).toBe('Naar de casus van Sanne de Vries (2B)');
  });
});
