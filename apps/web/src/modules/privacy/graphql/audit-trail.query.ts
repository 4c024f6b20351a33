import { graphql } from '../../../generated';

export const AuditTrailQuery = graphql(`
  query AuditTrail($pupilId: ID!, $after: String) {
    auditTrail(pupilId: $pupilId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          actor {
            name
          }
          actorRoles
          onBehalfOf {
            id
            name
          }
          categories
          subject
        }
      }
    }
  }
`);
