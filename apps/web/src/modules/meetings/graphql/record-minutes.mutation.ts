import { graphql } from '../../../generated';

export const RecordMinutesMutation = graphql(`
  mutation RecordMinutes($input: RecordMinutesInput!) {
    recordMinutes(input: $input) {
      id
    }
  }
`);
