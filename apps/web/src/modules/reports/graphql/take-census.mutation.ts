import { graphql } from '../../../generated';

export const TakeCensusMutation = graphql(`
  mutation TakeCensus($input: TakeCensusInput!) {
    takeCensus(input: $input) {
      id
      date
      exemptions5a
      absoluteAbsence
      frozen {
        schools
        pupils
        cases
        threshold
      }
    }
  }
`);
