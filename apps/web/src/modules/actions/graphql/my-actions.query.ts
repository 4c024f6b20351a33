import { graphql } from '../../../generated';

/** A page of my open actions, earliest due first (so the overdue ones lead). */
export const MyActionsQuery = graphql(`
  query MyActions($first: Int!, $after: String) {
    myActions(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...ActionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
