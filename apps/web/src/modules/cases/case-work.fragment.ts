import { graphql } from '../../generated';

/** What the case page shows of a case and needs to change it: read by the page, answered by every change. */
export const CaseWorkFields = graphql(`
  fragment CaseWorkFields on Case {
    id
    version
    category
    typology
    tier
    status
    outcome
    closedAt
    worryFlag
    mentorNotes
    homeSituation
    owner {
      id
      name
    }
    editing {
      fields
      close
      reopen
      ownerCandidates {
        id
        name
      }
    }
    shielded {
      ...ShieldedFields
    }
  }
`);
