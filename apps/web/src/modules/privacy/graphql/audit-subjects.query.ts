import { graphql } from '../../../generated';

export const AuditSubjectsQuery = graphql(`
  query AuditSubjects($search: String!) {
    auditSubjects(search: $search) {
      id
      displayName
      pupilNumber
      groupName
      dateOfBirth
      schoolName
    }
  }
`);
