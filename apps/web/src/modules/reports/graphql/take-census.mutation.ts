import { graphql } from '../../../generated';

export const TakeCensusMutation = graphql(`
  mutation TakeCensus($input: TakeCensusInput!) {
    takeCensus(input: $input) {
      id
      date
    }
  }
`);
