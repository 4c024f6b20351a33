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
    weeks: 'Periode in lesweken',
    enabled: 'Regel staat aan',
    save: 'Opslaan: {{rule}}',
    saved: 'Opgeslagen: {{what}}. De volgende berekening van signalen gebruikt deze instelling.',
    formLabel: 'Instellingen van {{rule}}',
    weeksHint: 'Een heel aantal lesweken, {{min}} tot {{max}}.',
    invalid: {
      notANumber:
        'Drempel: "{{value}}" is geen getal. Vul een getal groter dan 0 in, bijvoorbeeld 16 of 12,5. Er is niets opgeslagen.',
      notPositive: 'Drempel: vul een getal groter dan 0 in. Er is niets opgeslagen.',
      percent: 'Drempel: dit is een percentage; vul een waarde onder de 100 in. Er is niets opgeslagen.',
      whole:
        'Drempel: deze regel telt keren, dagen of weken; vul een heel getal in, bijvoorbeeld 3. Er is niets opgeslagen.',
      weeks: 'Periode: vul een heel aantal lesweken in van {{min}} tot {{max}}. Er is niets opgeslagen.',
    },
    savedWhat: '"{{rule}}": drempel {{threshold}}, regel staat {{state}}',
    savedWhatWindow_one: '"{{rule}}": drempel {{threshold}}, periode {{count}} lesweek, regel staat {{state}}',
    savedWhatWindow_other: '"{{rule}}": drempel {{threshold}}, periode {{count}} lesweken, regel staat {{state}}',
    unchanged: 'Niets gewijzigd: {{what}}, zoals het al was.',
  },
};
