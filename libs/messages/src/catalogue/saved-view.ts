import type { Bilingual } from './tree';

/** Texts of saved views of the case list. */
export const savedViewMessages = {
  nl: {
    label: { savedView: { name: 'De naam van de weergave' } },
    errors: {
      savedView: {
        notFound: 'Deze weergave bestaat niet (meer).',
        tooMany: 'U heeft al {{max}} weergaven; verwijder er eerst een.',
        noSearch:
          'Een zoekterm wordt niet bewaard in een weergave (die kan een leerling noemen); wis de zoekterm eerst.',
      },
    },
  },
  en: {
    label: { savedView: { name: 'The name of the view' } },
    errors: {
      savedView: {
        notFound: 'This view does not exist (any more).',
        tooMany: 'You already have {{max}} views; delete one first.',
        noSearch: 'A search term is not kept in a view (it can name a pupil); clear the search term first.',
      },
    },
  },
} satisfies Bilingual;
