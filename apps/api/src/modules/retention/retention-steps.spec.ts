import { describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { redactActionsOfCases } from '../action/action.retention';
import { forgetAdviceOfCases } from '../advice/advice.retention';
import { forgetOldRegistrations, forgetRegistrationsOfPupils } from '../attendance/attendance.retention';
import { casesOfPupils, redactCases } from '../case/case.retention';
import { redactConsentsOfPupils } from '../consent/consent.retention';
import { redactLettersOfCases } from '../letter/letter.retention';
import { redactMinutesOfCases } from '../meeting/meeting.retention';
import { forgetNotificationsAbout } from '../notification/notification.retention';
import { anonymisePupils } from '../pupil/pupil.retention';
import { forgetOldSignals, forgetSignalsOfPupils } from '../signal/signal.retention';

/** Runs a step against a manager that records its SQL; returns the tables it writes. */
async function tablesWritten(step: (manager: EntityManager) => Promise<unknown>): Promise<string[]> {
  const written = new Set<string>();
  const manager = {
    query: (sql: string) => {
      for (const m of sql.matchAll(/\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([a-z_]+)"?/gi)) written.add(m[1]);
      return Promise.resolve([]);
    },
  } as unknown as EntityManager;
  await step(manager);
  return [...written].sort();
}

const ids = ['00000000-0000-0000-0000-000000000001'];

describe('retention steps', () => {
  it.each([
    ['pupil', (m: EntityManager) => anonymisePupils(m, ids, new Date()), ['guardian', 'pupil']],
    ['consent', (m: EntityManager) => redactConsentsOfPupils(m, ids, 'x'), ['consent']],
    ['signal', (m: EntityManager) => forgetSignalsOfPupils(m, ids), ['signal']],
    ['signal (old)', (m: EntityManager) => forgetOldSignals(m, '2020-01-01'), ['signal']],
    ['attendance', (m: EntityManager) => forgetRegistrationsOfPupils(m, ids), ['absence_record']],
    ['attendance (old)', (m: EntityManager) => forgetOldRegistrations(m, '2020-01-01'), ['absence_record']],
    ['case', (m: EntityManager) => casesOfPupils(m, ids), []],
    ['case', (m: EntityManager) => redactCases(m, ids), ['case_file', 'timeline_entry']],
    ['action', (m: EntityManager) => redactActionsOfCases(m, ids, 'x'), ['case_action']],
    ['meeting', (m: EntityManager) => redactMinutesOfCases(m, ids, 'x'), ['decision', 'minutes_section']],
    ['letter', (m: EntityManager) => redactLettersOfCases(m, ids, 'x'), ['letter']],
    ['advice', (m: EntityManager) => forgetAdviceOfCases(m, ids), ['advice']],
    ['notification', (m: EntityManager) => forgetNotificationsAbout(m, { caseIds: ids }), ['notification']],
  ] as const)('of %s writes only its own tables', async (_module, step, tables) => {
    expect(await tablesWritten(step)).toEqual(tables);
  });
});
