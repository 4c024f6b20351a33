import { graphql } from '../../../generated';

/** One page of the inbox: the filters only narrow what is routed to the reader; totalCount counts the same. */
export const SignalsQuery = graphql(`
  query Signals(
    $status: SignalStatus
    $withdrawn: Boolean
    $rule: SignalKind
    $route: SignalRoute
    $pupilId: ID
    $first: Int
    $after: String
  ) {
    signals(
      first: $first
      after: $after
      status: $status
      withdrawn: $withdrawn
      rule: $rule
      route: $route
      pupilId: $pupilId
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          rule
          label
          route
          value
          unit
          windowStart
          raisedAt
          crossedOn
          reportDue
          withdrawnAt
          legalReport {
            reportedOn
            reference
            recordedBy
            late
          }
          status
          caseId
          pupilCaseId
          school {
            id
            name
          }
          pupil {
            id
            displayName
            groupName
            pupilNumber
          }
          shielded {
            ...ShieldedFields
          }
        }
      }
    }
  }
`);
