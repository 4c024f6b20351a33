import { graphql } from '../../../generated';

export const StartSignalsQuery = graphql(`
  query StartSignals {
    signals(first: 5, status: NEW) {
      totalCount
      edges {
        node {
          id
          label
          school {
            id
            name
          }
          pupil {
            id
            displayName
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
