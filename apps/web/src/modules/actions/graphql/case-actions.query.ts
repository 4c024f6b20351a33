import { graphql } from '../../../generated';

/** A case's actions, open ones first by due date (the API's order). */
export const CaseActionsQuery = graphql(`
  query CaseActions($id: ID!) {
    case(id: $id) {
      id
      actions {
        ...ActionFields
      }
    }
  }
`);
