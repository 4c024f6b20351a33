import { graphql } from '../../../generated';

export const CensusDatesQuery = graphql(`
  query CensusDates {
    censusDates {
      id
      date
      takenAt
    }
  }
`);
