import { graphql } from '../../../generated';

export const SubjectAccessPdfQuery = graphql(`
  query SubjectAccessPdf($pupilId: ID!, $reference: String, $requestDate: String) {
    subjectAccessPdf(pupilId: $pupilId, reference: $reference, requestDate: $requestDate)
  }
`);
