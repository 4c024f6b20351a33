/** The protocol screens' texts; every key exists in en.ts too (app/locales checks). */
export const protocolNl = {
  protocol: {
    title: 'Verzuimprotocol',
    intro: 'Wie doet wat bij welke drempel: per route, van de eerste drempel tot de laatste.',
    introAdmin:
      'Wie doet wat bij welke drempel. Als functioneel beheerder past u drempels en periodes aan en zet u regels aan of uit; elke wijziging wordt vastgelegd.',
    first: 'eerst: {{role}}',
    on: 'aan',
    off: 'uit',
    awaitingLaw: 'wacht op de wet',
    threshold: 'Drempel',
    weeks: 'Periode in schoolweken (leeg: het schooljaar tot nu)',
    enabled: 'Regel staat aan',
    save: 'Opslaan: {{rule}}',
    saved: 'Opgeslagen; de volgende berekening gebruikt de nieuwe drempel.',
  },
};
