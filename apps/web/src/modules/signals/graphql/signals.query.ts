import { graphql } from '../../../generated';

export const SignalsQuery = graphql(`
  query Signals($status: SignalStatus, $withdrawn: Boolean) {
    signals(first: 50, status: $status, withdrawn: $withdrawn) {
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
            ...ShieldedFields
          }
        }
      }
    }
  }
`);
