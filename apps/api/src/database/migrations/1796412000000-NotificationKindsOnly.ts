import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications store their kind and references only: the title and body are the kind's sentence in the
 * message catalogue (@aanwezig/messages, `notification.<KIND>.title/body`), said when a notification is
 * read or mailed, in the reader's language. Since NeutralNotificationTexts every stored title and body was
 * exactly that sentence, so nothing is lost. Going down writes the Dutch sentences back (as the catalogue
 * had them when this landed, copied here: a migration does not follow later changes of the code).
 */
export class NotificationKindsOnly1796412000000 implements MigrationInterface {
  name = 'NotificationKindsOnly1796412000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "title"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "body"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "title" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "body" text NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `UPDATE notification n SET title = t.title, body = t.body
         FROM json_to_recordset($1::json) AS t(kind text, title text, body text) WHERE t.kind = n.kind`,
      [JSON.stringify(Object.entries(TEXTS).map(([kind, [title, body]]) => ({ kind, title, body })))],
    );
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "title" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "body" DROP DEFAULT`);
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
