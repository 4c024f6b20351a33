import { graphql } from '../../../generated';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      memberships {
        role
        organisation {
          id
          name
          kind
        }
      }
      capabilities {
        readCases
        receiveSignals
        readReport
        takeCensus
        writeLetters
        importAbsences
        readAuditTrail
        readSignInLog
        changeProtocol
        managedSchoolIds
        adviceOrganisationIds
      }
      actingAs {
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);
