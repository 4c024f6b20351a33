import { graphql } from '../../../generated';

export const DraftLetterQuery = graphql(`
  query DraftLetter($caseId: ID!, $template: LetterTemplate!, $language: LetterLanguage!) {
    draftLetter(caseId: $caseId, template: $template, language: $language) {
      template
      language
      subject
      body
      addressBlock
      daysMissed
      guardians {
        id
        name
        relation
        email
        hasParentalAuthority
        street
        postalCode
        city
      }
    }
  }
`);
