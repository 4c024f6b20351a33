import { graphql } from '../../../generated';

export const WriteAdviceMutation = graphql(`
  mutation WriteAdvice($caseId: ID!, $educationAdvice: String!, $privateNote: String) {
    writeAdvice(caseId: $caseId, educationAdvice: $educationAdvice, privateNote: $privateNote) {
      id
    }
  }
`);
