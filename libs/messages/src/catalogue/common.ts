import type { Bilingual } from './tree';

/** Texts of the shared layers: input checks, sign-in and the gate, request limits, paging, repeats. */
export const commonMessages = {
  nl: {
    timeline: { redacted: 'Inhoud verwijderd na de bewaartermijn' },
    errors: {
      internal: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
      internalRetry: 'Er ging iets mis; probeer het opnieuw.',
      input: {
        required: '$t(label.{{label}}) is verplicht.',
        tooLong: '$t(label.{{label}}) is te lang (maximaal {{max}} tekens).',
        date: '$t(label.{{label}}) moet een bestaande datum zijn in de vorm JJJJ-MM-DD.',
      },
      auth: {
        sessionExpired: 'Log opnieuw in: uw sessie is verlopen of ongeldig.',
        notAllowed: 'Deze handeling is niet toegestaan.',
        noAccess: 'U heeft geen toegang tot deze gegevens.',
        csrf: 'Dit verzoek kwam niet van een pagina van Aanwezig en is geweigerd. Laad de pagina opnieuw en probeer het nog eens.',
      },
      page: {
        size: 'Vraag tussen 1 en {{max}} rijen per pagina op.',
        cursor: 'Deze cursor is ongeldig; begin opnieuw bij de eerste pagina.',
      },
      query: {
        advice: "Vraag minder velden, kleinere pagina's (first) of minder aliassen op in één verzoek.",
        tooManyFields:
          'Deze vraag is te groot: ze heeft meer dan {{maxFields}} velden, de grens (maxFields). $t(errors.query.advice)',
        tooCostly:
          'Deze vraag is te groot: ze kost {{cost}}, de grens (maxCost) is {{maxCost}}. $t(errors.query.advice)',
        tooManyNodes:
          'Deze vraag vraagt tot {{nodes}} records op, de grens (maxNodes) is {{maxNodes}}. $t(errors.query.advice)',
      },
      request: {
        tooLarge:
          'Het bestand is te groot: een verzoek is hoogstens {{maxBody}} (maxBodySize), genoeg voor {{rows, number}} regels verzuim. Splits het, bijvoorbeeld per maand.',
        invalidJson: 'De aanvraag is geen geldige JSON.',
      },
      idempotency: {
        badKey: 'De Idempotency-Key is 8 tot 200 letters, cijfers, - of _.',
        justFinished: 'Deze handeling is net afgerond of verlopen; laad de pagina opnieuw.',
        usedByOther: 'Deze Idempotency-Key is al gebruikt; gebruik voor elke handeling een nieuwe.',
        otherRole:
          'Deze Idempotency-Key is gebruikt toen u met een andere rol werkte (werken als); gebruik een nieuwe.',
        otherOperation: 'Deze Idempotency-Key is al gebruikt voor een andere handeling; gebruik een nieuwe.',
        inProgress: 'Deze handeling wordt nog verwerkt; probeer het zo opnieuw.',
        alreadyDone:
          'Deze handeling is al uitgevoerd; het antwoord is niet opnieuw op te vragen met deze Idempotency-Key. Laad de gegevens opnieuw.',
        gone: 'Dit bestaat niet meer of u heeft er geen toegang meer toe.',
      },
      realtime: { unknownRoom: 'Onbekende ruimte.' },
    },
  },
  en: {
    timeline: { redacted: 'Content removed after the retention period' },
    errors: {
      internal: 'Something went wrong on our side. Please try again later.',
      internalRetry: 'Something went wrong; please try again.',
      input: {
        // "must" reads right after a singular and a plural label alike ("The minutes must be filled in").
        required: '$t(label.{{label}}) must be filled in.',
        tooLong: '$t(label.{{label}}) must be at most {{max}} characters long.',
        date: '$t(label.{{label}}) must be an existing date in the form YYYY-MM-DD.',
      },
      auth: {
        sessionExpired: 'Please sign in again: your session has expired or is invalid.',
        notAllowed: 'This action is not allowed.',
        noAccess: 'You do not have access to this information.',
        csrf: 'This request did not come from an Aanwezig page and was refused. Reload the page and try again.',
      },
      page: {
        size: 'Ask for between 1 and {{max}} rows per page.',
        cursor: 'This cursor is invalid; start again at the first page.',
      },
      query: {
        advice: 'Ask for fewer fields, smaller pages (first) or fewer aliases in one request.',
        tooManyFields:
          'This query is too large: it has more than {{maxFields}} fields, the limit (maxFields). $t(errors.query.advice)',
        tooCostly:
          'This query is too large: it costs {{cost}}, the limit (maxCost) is {{maxCost}}. $t(errors.query.advice)',
        tooManyNodes:
          'This query asks for up to {{nodes}} records, the limit (maxNodes) is {{maxNodes}}. $t(errors.query.advice)',
      },
      request: {
        tooLarge:
          'The file is too large: a request is at most {{maxBody}} (maxBodySize), enough for {{rows, number}} absence lines. Split it, for example by month.',
        invalidJson: 'The request is not valid JSON.',
      },
      idempotency: {
        badKey: 'The Idempotency-Key is 8 to 200 letters, digits, - or _.',
        justFinished: 'This action has just finished or expired; reload the page.',
        usedByOther: 'This Idempotency-Key has already been used; use a new one for every action.',
        otherRole: 'This Idempotency-Key was used while you worked in another role (acting as); use a new one.',
        otherOperation: 'This Idempotency-Key has already been used for another action; use a new one.',
        inProgress: 'This action is still being processed; try again in a moment.',
        alreadyDone:
          'This action has already been carried out; its answer cannot be fetched again with this Idempotency-Key. Reload the data.',
        gone: 'This no longer exists or you no longer have access to it.',
      },
      realtime: { unknownRoom: 'Unknown room.' },
    },
  },
} satisfies Bilingual;
