import { graphql } from '../../../generated';

export const SubjectAccessExportQuery = graphql(`
  query SubjectAccessExport($pupilId: ID!, $reference: String, $requestDate: String) {
    subjectAccessExport(pupilId: $pupilId, reference: $reference, requestDate: $requestDate)
  }
`);
