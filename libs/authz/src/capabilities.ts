import { CASE_MANAGER_ROLES, Role } from '@aanwezig/domain';
import type { AppAbility } from './ability';
import { organisationIdsWithRole, type Actor } from './actor';

/**
 * What the signed-in user may do at all, asked of the same ability the API decides with, so the web
 * client offers exactly that and keeps no role lists of its own. Each answer only says whether a screen
 * has anything for the user; every record is still decided on its own facts.
 */
export interface Capabilities {
  readCases: boolean;
  receiveSignals: boolean;
  readReport: boolean;
  takeCensus: boolean;
  writeLetters: boolean;
  importAbsences: boolean;
  readAuditTrail: boolean;
  /** The sign-in log (signInEvents): the privacy officer's organisation, the administrator's region. */
  readSignInLog: boolean;
  changeProtocol: boolean;
  /** The schools whose follow-up the user runs (open cases, plan meetings, record consents, handle signals). */
  managedSchoolIds: string[];
  /** The organisations on whose behalf the user writes jeugdarts advice (where involved in the case). */
  adviceOrganisationIds: string[];
}

export function capabilitiesOf(actor: Actor, ability: AppAbility): Capabilities {
  return {
    readCases: ability.can('read', 'Case'),
    receiveSignals: ability.can('read', 'Signal'),
    readReport: ability.can('read', 'Report'),
    takeCensus: ability.can('create', 'Census'),
    writeLetters: ability.can('create', 'Letter'),
    importAbsences: ability.can('create', 'Absence'),
    readAuditTrail: ability.can('read', 'AuditTrail'),
    readSignInLog: ability.can('read', 'SignInLog'),
    changeProtocol: ability.can('update', 'Protocol'),
    managedSchoolIds: organisationIdsWithRole(actor, CASE_MANAGER_ROLES),
    adviceOrganisationIds: organisationIdsWithRole(actor, [Role.YOUTH_DOCTOR]),
  };
}
