import { graphql } from '../../generated';

/** What an action's card shows: the action as the reader may see it, with what the reader may do to it. */
export const ActionFields = graphql(`
  fragment ActionFields on Action {
    id
    caseId
    title
    owner {
      id
      name
    }
    dueDate
    status
    overdue
    completionNote
    completedAt
    mayChange
    ownerCandidates {
      id
      name
      role
      organisationName
    }
    shielded {
      ...ShieldedFields
    }
  }
`);
