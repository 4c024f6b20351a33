import type { privacyNl } from './nl';

export const privacyEn: typeof privacyNl = {
  privacy: {
    title: 'Privacy: access log and subject access',
    intro:
      'Find a pupil of your school. You see who read or changed which data when, and you answer a subject-access request: an overview for the parents (PDF) and everything recorded about the pupil (JSON). Your searches and downloads are logged too.',
    search: 'Pupil number or (part of the) name',
    find: 'Search',
    none: 'No pupil of your school found. Check the number or search for part of the name.',
    results: 'Pupils found',
    number: 'Pupil number',
    born: 'Date of birth',
    subject: '{{name}} ({{number}})',
    request: {
      title: 'Answer a subject-access request',
      intro:
        'First record which request you are answering. The reference and date go into the access log with every download. Without a reference and date nothing is exported.',
      reference: 'Reference of the request',
      referenceHint: "For example the reference of the parents' (or pupil's) letter or e-mail.",
      date: 'Date of the request',
      dateHint: 'The day the request came in.',
      pdf: 'Download answer for the parents (PDF)',
      json: 'Download all data (JSON)',
      donePdf:
        'The answer for the parents has been downloaded. The export is in the access log with reference {{reference}}.',
      doneJson: 'All data has been downloaded. The export is in the access log with reference {{reference}}.',
      failed: 'The export did not succeed. Please try again.',
    },
    exportNote:
      "The PDF is for the parents, in plain Dutch: which organisation sees what of the pupil and why, and who looked when. The JSON file holds all data recorded about the pupil and the access log, without the jeugdarts's private notes. Staff appear in both by organisation and role only: no name, e-mail address or IP address.",
    exportOf: '{{format}}, request of {{date}}, reference {{reference}}',
    trail: 'Access log, newest first',
    trailCount_one: '{{count}} entry',
    trailCount_other: '{{count}} entries',
    when: 'When',
    who: 'Who (role, on behalf of)',
    what: 'What',
    categories: 'Which data',
    more: 'Load more',
    actions: { READ: 'read', CREATE: 'recorded', UPDATE: 'changed', EXPORT: 'exported', AUDIT_READ: 'log read' },
  },
};
