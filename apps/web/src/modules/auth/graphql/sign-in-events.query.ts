import { graphql } from '../../../generated';

/** The sign-in log, newest first, 50 attempts a page. */
export const SignInEventsQuery = graphql(`
  query SignInEvents($after: String) {
    signInEvents(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          email
          userName
          organisationName
          method
          issuer
          outcome
          reason
          address
        }
      }
    }
  }
`);
