/** MSA category of a case (DOMAIN.md, "What is tracked"). */
export const CaseCategory = {
  /** ongeoorloofd verzuim / thuiszitter: more than 4 weeks absent without exemption */
  UNAUTHORISED_HOME: 'UNAUTHORISED_HOME',
  /** dreigend thuiszitter: less than 4 weeks of worrying absence, authorised or not */
  AT_RISK_HOME: 'AT_RISK_HOME',
  /** geoorloofd verzuim on the basis of an exemption */
  AUTHORISED_EXEMPT: 'AUTHORISED_EXEMPT',
} as const;
export type CaseCategory = (typeof CaseCategory)[keyof typeof CaseCategory];

/** Heyne typology of school absence. */
export const Typology = {
  SCHOOL_REFUSAL: 'SCHOOL_REFUSAL',
  SICK: 'SICK',
  EXCLUSION: 'EXCLUSION',
  WITHHOLDING: 'WITHHOLDING',
  TRUANCY: 'TRUANCY',
} as const;
export type Typology = (typeof Typology)[keyof typeof Typology];

export const CaseStatus = { OPEN: 'OPEN', MONITORING: 'MONITORING', CLOSED: 'CLOSED' } as const;
export type CaseStatus = (typeof CaseStatus)[keyof typeof CaseStatus];

export const CaseOutcome = {
  BACK_TO_OWN_SCHOOL: 'BACK_TO_OWN_SCHOOL',
  TO_SPECIAL_EDUCATION: 'TO_SPECIAL_EDUCATION',
  TO_VAVO: 'TO_VAVO',
  EXEMPTION: 'EXEMPTION',
  OTHER: 'OTHER',
} as const;
export type CaseOutcome = (typeof CaseOutcome)[keyof typeof CaseOutcome];

/** MTSS tier: 1 universal, 2 targeted, 3 intensive. */
export const MTSS_TIERS = [1, 2, 3] as const;
export type Tier = (typeof MTSS_TIERS)[number];

/** Status changes a case may make: closed is final (a new concern is a new case). */
const NEXT_STATUS: Record<CaseStatus, readonly CaseStatus[]> = {
  OPEN: ['MONITORING', 'CLOSED'],
  MONITORING: ['OPEN', 'CLOSED'],
  CLOSED: [],
};

export function canChangeStatus(from: CaseStatus, to: CaseStatus): boolean {
  return from === to || NEXT_STATUS[from].includes(to);
}
