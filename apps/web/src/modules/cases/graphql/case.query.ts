import { graphql } from '../../../generated';

export const CaseQuery = graphql(`
  query CasePage($id: ID!) {
    case(id: $id) {
      id
      category
      typology
      tier
      status
      worryFlag
      mentorNotes
      homeSituation
      shielded {
        field
        reason
      }
      pupil {
        id
        displayName
        groupName
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
          field
          reason
        }
        weeks {
          weekStart
          authorisedHours
          unauthorisedHours
          shielded {
            field
            reason
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
          field
          reason
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
      actions {
        id
        title
        dueDate
        overdue
        status
        owner {
          name
        }
        shielded {
          field
          reason
        }
      }
      timeline {
        id
        at
        kind
        summary
        actor {
          name
        }
        shielded {
          field
          reason
        }
      }
    }
  }
`);
