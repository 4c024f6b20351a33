import { graphql } from '../../../generated';

export const SubjectAccessExportQuery = graphql(`
  query SubjectAccessExport($pupilId: ID!) {
    subjectAccessExport(pupilId: $pupilId)
  }
`);
