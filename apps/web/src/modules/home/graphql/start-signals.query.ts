import { graphql } from '../../../generated';

export const StartSignalsQuery = graphql(`
  query StartSignals {
    signals(first: 5, status: NEW) {
      totalCount
      edges {
        node {
          id
          rule
          label
          pupilCaseId
          school {
            id
            name
          }
          pupil {
            id
            displayName
          }
          shielded {
            ...ShieldedFields
          }
        }
      }
    }
  }
`);
