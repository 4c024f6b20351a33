/**
 * @deprecated The consents in force are read by the case module (case access and the case rows need
 * them, and consent sits above case): import from '../case/active-consents'. Kept for modules not moved yet.
 */
export { activeConsentsJson, consentCovers, consentCoversSql, consentInForceSql } from '../case/active-consents';
export type { ActiveConsent } from '../case/active-consents';
