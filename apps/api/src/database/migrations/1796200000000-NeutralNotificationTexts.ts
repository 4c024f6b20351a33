import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (data only): notifications carry a kind, references and the kind's neutral sentence.
 * Earlier ones copied content into their text (a team decision quoted for whoever raised the signal,
 * meeting titles, the handler's name, deadlines and counts), out of reach of the field mask, consent
 * withdrawal, the audit log and retention. Every stored notification is rewritten to its kind's
 * sentence, as NOTIFICATION_TEXT had it when this landed (copied here: a migration does not follow later
 * changes of the code). Unmailed ones then go out with the new text. There is no way back: the copies
 * are what this removes. Do not edit after it has landed.
 */
export class NeutralNotificationTexts1796200000000 implements MigrationInterface {
  name = 'NeutralNotificationTexts1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE notification n SET title = t.title, body = t.body
         FROM json_to_recordset($1::json) AS t(kind text, title text, body text)
        WHERE t.kind = n.kind AND (n.title IS DISTINCT FROM t.title OR n.body IS DISTINCT FROM t.body)`,
      [JSON.stringify(Object.entries(TEXTS).map(([kind, [title, body]]) => ({ kind, title, body })))],
    );
  }

  async down(): Promise<void> {
    // The old texts held copies of pupil data; they are not restored.
  }
}

const TEXTS: Record<string, [title: string, body: string]> = {
  SIGNAL_FEEDBACK: [
    'Terugkoppeling op uw signaal',
    'Een signaal dat van u of uw school kwam, is behandeld. Open het in Aanwezig om te zien wat ermee is gebeurd.',
  ],
  ACTION_DUE_SOON: [
    'Herinnering: deadline van een actie komt eraan',
    'Een actie die u uitvoert heeft binnenkort haar deadline. Rond haar af of spreek een nieuwe datum af.',
  ],
  ACTION_DUE_TODAY: ['Deadline vandaag', 'Een actie die u uitvoert moet vandaag klaar zijn.'],
  ACTION_OVERDUE: [
    'Actie over de deadline',
    'Een actie die u uitvoert is over de deadline. Rond haar af, of draag haar over als iemand anders haar oppakt.',
  ],
  ACTION_ESCALATED: [
    'Controle op openstaande acties',
    'Een actie in een casus van uw school staat nog open terwijl de deadline voorbij is. Neem contact op met wie haar uitvoert.',
  ],
  WEEKLY_DIGEST: ['Uw openstaande acties deze week', 'U heeft openstaande acties. Bekijk ze op uw startpagina.'],
  MEETING_INVITATION: [
    'Uitnodiging voor een overleg',
    'U bent uitgenodigd voor een overleg. De uitnodiging voor uw agenda zit bij de e-mail; de datum en de agenda staan in Aanwezig.',
  ],
  MEETING_MOVED: [
    'Overleg verplaatst',
    'Een overleg waarvoor u bent uitgenodigd is verplaatst. De bijgewerkte uitnodiging zit bij de e-mail; de nieuwe datum staat in Aanwezig.',
  ],
  TEAM_DECISION: [
    'Besluit over een casus die u signaleerde',
    'Er is een besluit genomen over een casus die u signaleerde. Wat u ervan mag zien, leest u in de casus in Aanwezig.',
  ],
  SIGNAL_WITHDRAWN: [
    'Signaal ingetrokken',
    'Een signaal dat u ontving is ingetrokken: de school heeft de registraties gecorrigeerd waarop het berustte. Open het signaal in Aanwezig voor de details.',
  ],
  SIGNAL_REINSTATED: [
    'Signaal weer van kracht',
    'Een signaal dat eerder was ingetrokken, geldt weer: de school heeft de registraties opnieuw gecorrigeerd. Open het signaal in Aanwezig voor de details.',
  ],
  LEGAL_REPORT_OVERDUE: [
    'Melding bij DUO te laat',
    'Een melding wegens ongeoorloofd verzuim is niet op tijd als gemeld bij DUO vastgelegd. Meld het verzuim bij DUO en leg de melding vast bij het signaal.',
  ],
};
