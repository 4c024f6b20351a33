import { graphql } from '../../../generated';

export const SendLetterMutation = graphql(`
  mutation SendLetter($input: SendLetterInput!) {
    sendLetter(input: $input) {
      id
      delivery
      emailedAt
      recipients
    }
  }
`);
