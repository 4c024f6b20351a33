import { graphql } from '../../../generated';

export const AuditTrailQuery = graphql(`
  query AuditTrail($pupilId: ID!, $after: String, $filter: AuditTrailFilter) {
    auditTrail(pupilId: $pupilId, first: 50, after: $after, filter: $filter) {
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
            id
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
