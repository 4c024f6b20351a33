import { graphql } from '../../../generated';

export const SignalsQuery = graphql(`
  query Signals($status: SignalStatus) {
    signals(first: 50, status: $status) {
      totalCount
      edges {
        node {
          id
          rule
          label
          route
          value
          windowStart
          raisedAt
          status
          caseId
          school {
            id
            name
          }
          pupil {
            id
            displayName
            groupName
          }
          shielded {
            field
            reason
          }
        }
      }
    }
  }
`);
