import { graphql } from '../../../generated';

export const CaseQuery = graphql(`
  query CasePage($id: ID!) {
    case(id: $id) {
      ...CaseWorkFields
      pupil {
        id
        displayName
        groupName
        pupilNumber
        dateOfBirth
        guardians {
          id
          name
          relation
          hasParentalAuthority
        }
      }
      school {
        id
        name
        sector
      }
      involvedOrganisations {
        id
        name
      }
      attendance {
        from
        to
        daysMissed
        percentage
        authorisedHours
        unauthorisedHours
        sickReports
        shielded {
          ...ShieldedFields
        }
        weeks {
          weekStart
          authorisedHours
          unauthorisedHours
          shielded {
            ...ShieldedFields
          }
        }
      }
      visibility {
        organisation {
          id
          name
        }
        role
        categories {
          category
          visible
          reason
        }
      }
      advice {
        id
        educationAdvice
        createdAt
        author {
          name
        }
        authorOrganisation {
          name
        }
        shielded {
          ...ShieldedFields
        }
      }
      consentRecording {
        categories
        recipients {
          id
          name
        }
      }
      consents {
        id
        active
        purpose
        categories
        givenByPupil
        validFrom
        validUntil
        withdrawnAt
        organisations {
          id
          name
        }
      }
      timeline {
        id
        at
        kind
        summary
        params {
          name
          value
        }
        actor {
          name
        }
        shielded {
          ...ShieldedFields
        }
      }
    }
  }
`);
