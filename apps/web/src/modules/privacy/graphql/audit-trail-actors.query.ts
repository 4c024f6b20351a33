import { graphql } from '../../../generated';

/** The people who appear in one pupil's access log, to filter it by. */
export const AuditTrailActorsQuery = graphql(`
  query AuditTrailActors($pupilId: ID!) {
    auditTrailActors(pupilId: $pupilId) {
      id
      name
    }
  }
`);
