import PDFDocument from 'pdfkit';
import { formatDutchDate, dutchDate, ROLE_LABEL_NL, type DataCategory, type Role } from '@aanwezig/domain';
import type { ShieldReason } from '@aanwezig/authz';
import type { AccessLogEntry, SubjectAccessAnswer } from './subject-access.service';
import type { CategorySight, ConsentGround, OrganisationSight } from './who-sees-what';

/**
 * The subject-access answer for parents, in plain Dutch (B1: short sentences, every term explained):
 * per case and organisation what each role sees of the child now and on what basis, what it does not
 * see (and what would change that), and who looked when, as organisation and role. The full data is in
 * the JSON; this is the part a parent can read.
 */

/** The categories as a parent reads them. */
export const CATEGORY_FOR_PARENTS: Record<DataCategory, string> = {
  IDENTITY: 'Naam, geboortedatum, school en klas',
  UNAUTHORISED_ABSENCE: 'Verzuim zonder geldige reden (ongeoorloofd verzuim): welke uren en dagen',
  ATTENDANCE_SUMMARY: 'Hoe vaak uw kind op school was, en hoeveel dagen het miste',
  SICK_LEAVE: 'Ziekmeldingen en andere redenen waarom uw kind weg mocht blijven',
  CLASSIFICATION: 'Wat voor soort verzuim het is, hoeveel hulp er is en of de zaak nog loopt',
  WORRY_AND_NOTES: 'Zorgen en aantekeningen van de mentor',
  HOME_SITUATION: 'Aantekeningen over de situatie thuis',
  DOCTOR_ADVICE: 'Het advies van de jeugdarts over school (niet het medisch dossier)',
};

/** The same, short, for the access log. */
const CATEGORY_SHORT: Record<string, string> = {
  IDENTITY: 'naam en klas',
  UNAUTHORISED_ABSENCE: 'verzuim zonder geldige reden',
  ATTENDANCE_SUMMARY: 'aanwezigheid',
  SICK_LEAVE: 'ziekmeldingen',
  CLASSIFICATION: 'soort verzuim en stand van de zaak',
  WORRY_AND_NOTES: 'zorgen en aantekeningen',
  HOME_SITUATION: 'situatie thuis',
  DOCTOR_ADVICE: 'advies van de jeugdarts',
  ALL: 'alle gegevens',
};

/** Who a role is, for a parent. */
const ROLE: Record<Role, string> = {
  MENTOR: 'de mentor van uw kind',
  ATTENDANCE_COORDINATOR: 'de verzuimcoördinator (houdt het verzuim op school bij)',
  CARE_COORDINATOR: 'de zorgcoördinator (regelt extra hulp op school)',
  SCHOOL_LEADER: 'de directie van de school',
  ATTENDANCE_OFFICER: 'de leerplichtambtenaar (let erop dat kinderen naar school gaan)',
  YOUTH_DOCTOR: 'de jeugdarts',
  PARTNERSHIP_CONSULTANT: 'de consulent passend onderwijs (helpt zoeken naar onderwijs dat past)',
  FAMILY_COACH: 'de coach van het jeugd- en gezinsteam',
  PRIVACY_OFFICER: 'de privacyfunctionaris (beantwoordt vragen over privacy)',
  ADMIN: 'de beheerder van het systeem',
};

const ACTION: Record<string, string> = {
  READ: 'bekeken',
  CREATE: 'toegevoegd',
  UPDATE: 'veranderd',
  AUDIT_READ: 'het logboek gecontroleerd',
  EXPORT: 'een inzage-overzicht gemaakt',
};

/** Why a role sees a category: the basis in words, for the role and organisation at hand. */
function groundOf(sight: OrganisationSight, seen: CategorySight, child: string): string {
  const name = sight.organisation.name;
  switch (seen.basis) {
    case 'ALWAYS':
      if (sight.isSchool)
        return `Wettelijke taak. ${child} zit op deze school. De school moet bijhouden of ${child} op school is. En de school moet helpen als ${child} veel mist.`;
      if (sight.role === 'ATTENDANCE_OFFICER')
        return `Wettelijke taak. De leerplichtambtenaar moet volgens de Leerplichtwet nagaan of ${child} naar school gaat.`;
      if (sight.role === 'YOUTH_DOCTOR')
        return `Wettelijke taak. De jeugdarts helpt kinderen die vaak of lang ziek zijn. ${name} werkt mee aan de zaak van ${child}.`;
      if (sight.role === 'PARTNERSHIP_CONSULTANT')
        return `Wettelijke taak. Het samenwerkingsverband zorgt dat elk kind onderwijs krijgt dat past. Het werkt mee aan de zaak van ${child}.`;
      return 'Wettelijke taak.';
    case 'INVOLVED':
      return `Betrokken. De school heeft ${name} gevraagd mee te helpen bij de zaak van ${child}. Zolang dat zo is, ziet ${name} dit.`;
    case 'AUTHOR_ORGANISATION':
      return `Eigen advies. Schrijft de jeugdarts van ${name} een advies? Dan ziet ${name} dat advies.`;
    case 'CONSENT':
      return seen.consents.length ? seen.consents.map(consentSentence).join(' ') : 'Toestemming.';
  }
}

function consentSentence(k: ConsentGround): string {
  const who = k.givenByPupil && k.givenByParents ? 'U en uw kind gaven' : k.givenByPupil ? 'Uw kind gaf' : 'U gaf';
  const until = k.validUntil ? `tot en met ${formatDutchDate(k.validUntil)}` : 'tot u de toestemming intrekt';
  const purpose = k.purpose.trim() ? ` Het doel: ${k.purpose.trim().replace(/\.$/, '')}.` : '';
  return `Toestemming. ${who} toestemming. Die geldt vanaf ${formatDutchDate(k.validFrom)} ${until}.${purpose}`;
}

/** What a role does not see, by why not; `see` is "Ziet" or, for several roles, "Zien". */
const SHIELD: Record<ShieldReason, (see: string, name: string) => string> = {
  NO_CONSENT: (see) => `${see} dit alleen als u (of uw kind) toestemming geeft:`,
  NOT_INVOLVED: (see, name) => `${see} dit alleen als de school ${name} vraagt mee te helpen bij de zaak:`,
  NOT_PERMITTED: (see) => `${see} dit niet:`,
};

/** "a, b en c" */
function joined(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** The standard PDF fonts speak WinAnsi: no typographic minus. */
const plain = (text: string) => text.replace(/\u2212/g, '-');
const dayOf = (at: Date | string) => formatDutchDate(dutchDate(new Date(at)));

export function subjectAccessPdf(answer: SubjectAccessAnswer): Promise<Buffer> {
  const child = answer.pupil.givenName;
  const school = answer.pupil.school;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `Inzage: gegevens van ${child} ${answer.pupil.familyName}`, Author: school, Creator: 'Aanwezig' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const paragraph = (text: string) =>
    doc.font('Helvetica').fontSize(10.5).text(plain(text), { lineGap: 1.5, paragraphGap: 4 });
  /** A new page rather than a heading alone at the foot of one. */
  const keepRoom = (points: number) => {
    if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const heading = (text: string, size = 13) => {
    keepRoom(90);
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(plain(text)).font('Helvetica').fontSize(10.5);
  };
  const bullet = (text: string, indent = 14) => doc.text(`- ${plain(text)}`, { indent, lineGap: 1.5, paragraphGap: 2 });

  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .text(plain(`Inzage: welke gegevens hebben wij over ${child} ${answer.pupil.familyName}?`));
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(
      plain(
        `${school}. Antwoord op uw verzoek van ${formatDutchDate(answer.request.requestDate)} (kenmerk: ${answer.request.reference}).`,
      ),
    );
  doc.moveDown();
  paragraph(`U hebt gevraagd welke gegevens wij over ${child} hebben. In dit overzicht leest u:`);
  bullet(`wie de gegevens van ${child} nu kan zien;`);
  bullet('waarom die organisatie dat mag;');
  bullet('wie de gegevens heeft bekeken of veranderd, en wanneer.');
  doc.moveDown(0.4);
  paragraph('Namen van medewerkers staan er niet in. U ziet wel de organisatie en de functie.');
  paragraph(
    'Alle gegevens zelf staan in een apart bestand. Dat bestand is gemaakt om met een computer te lezen (JSON). Wilt u hulp bij het lezen? Neem dan contact op met de school.',
  );
  paragraph(
    `Dit overzicht is gemaakt op ${dayOf(answer.generatedAt)} door de privacyfunctionaris van ${answer.answeredBy.organisation}.`,
  );

  heading('Wat betekenen deze woorden?');
  paragraph(
    'Zaak. Mist een kind vaak of lang school? Of zijn er zorgen? Dan houdt de school een zaak bij (een casus). Daarin staat wat er gebeurt en wie helpt.',
  );
  paragraph(
    'Wettelijke taak. De wet geeft een organisatie een taak. Voor die taak mag zij bepaalde gegevens gebruiken. Daarvoor is geen toestemming nodig. Een voorbeeld: de leerplichtambtenaar moet volgens de Leerplichtwet nagaan of kinderen naar school gaan.',
  );
  paragraph(
    'Betrokken. De school heeft een organisatie gevraagd om mee te helpen bij de zaak van uw kind. Zolang dat zo is, ziet die organisatie een deel van de gegevens.',
  );
  paragraph(
    'Toestemming. U zegt ja tegen het delen van bepaalde gegevens met een organisatie, voor een doel. Is uw kind jonger dan 12? Dan geven de ouders met gezag toestemming. Is uw kind 12 tot 16 jaar? Dan geven uw kind en de ouders samen toestemming. Vanaf 16 jaar geeft uw kind zelf toestemming. U kunt toestemming altijd intrekken. Dan ziet die organisatie de gegevens meteen niet meer.',
  );
  paragraph('Eigen advies. De jeugdarts ziet het advies dat zij zelf heeft geschreven.');
  paragraph(
    'Afgeschermd. Wie gegevens niet mag zien, ziet ze niet. Op het scherm staat dan dat ze zijn afgeschermd, en waarom.',
  );

  heading(`Wie ziet wat van de gegevens van ${child}?`);
  if (answer.cases.length === 0) {
    paragraph(
      `Er is geen zaak over ${child}. Alleen medewerkers van ${school} zien de gegevens van ${child}. Dat is een wettelijke taak: ${child} zit op deze school.`,
    );
  }
  for (const c of answer.cases) {
    heading(`Zaak van ${dayOf(c.createdAt)} (${c.closedAt ? `gesloten op ${dayOf(c.closedAt)}` : 'loopt nog'})`, 12);
    const organisations = [...new Map(c.whoSeesWhat.map((s) => [s.organisation.id, s])).values()].sort(
      (a, b) => Number(b.isSchool) - Number(a.isSchool) || a.organisation.name.localeCompare(b.organisation.name, 'nl'),
    );
    for (const organisation of organisations) {
      heading(organisation.organisation.name, 11);
      // Roles of one organisation that see exactly the same, said once.
      const groups = new Map<string, OrganisationSight[]>();
      for (const sight of c.whoSeesWhat.filter((s) => s.organisation.id === organisation.organisation.id)) {
        const key = JSON.stringify([sight.sees, sight.shielded]);
        groups.set(key, [...(groups.get(key) ?? []), sight]);
      }
      for (const sights of groups.values()) {
        const [sight] = sights;
        const roles = sights.map((s) => ROLE[s.role]);
        const see = sights.length > 1 ? 'Zien' : 'Ziet';
        keepRoom(120);
        doc
          .font('Helvetica-Bold')
          .fontSize(10.5)
          .text(plain(`${capital(joined(roles))}:`), { paragraphGap: 2 })
          .font('Helvetica');
        if (sight.sees.length === 0) paragraph(`${see} niets van deze zaak.`);
        else {
          paragraph(`${see} nu:`);
          // Categories seen on the same ground, under that ground.
          const byGround = new Map<string, DataCategory[]>();
          for (const seen of sight.sees) {
            const ground = groundOf(sight, seen, child);
            byGround.set(ground, [...(byGround.get(ground) ?? []), seen.category]);
          }
          for (const [ground, categories] of byGround) {
            for (const category of categories) bullet(CATEGORY_FOR_PARENTS[category]);
            doc.text(plain(`Waarom: ${ground}`), { indent: 28, lineGap: 1.5, paragraphGap: 4 });
          }
        }
        for (const reason of ['NO_CONSENT', 'NOT_INVOLVED', 'NOT_PERMITTED'] as const) {
          const hidden = sight.shielded.filter((s) => s.reason === reason);
          if (hidden.length === 0) continue;
          paragraph(SHIELD[reason](see, sight.organisation.name));
          for (const h of hidden) bullet(CATEGORY_FOR_PARENTS[h.category]);
        }
        doc.moveDown(0.4);
      }
    }
  }

  heading(`Wie heeft de gegevens van ${child} bekeken of veranderd?`);
  paragraph(
    `Hieronder staat per dag wie iets met de gegevens van ${child} deed. U ziet de organisatie en de functie. Namen van medewerkers staan er niet in.`,
  );
  const log = grouped(answer.accessLog);
  if (log.length === 0) paragraph('Niemand heeft de gegevens bekeken.');
  for (const entry of log) {
    const who = [joined(entry.organisations), joined(entry.roles.map((r) => ROLE_LABEL_NL[r]?.toLowerCase() ?? r))]
      .filter(Boolean)
      .join(', ');
    const what = `${ACTION[entry.action] ?? entry.action.toLowerCase()}${entry.times > 1 ? ` (${entry.times} keer)` : ''}`;
    const categories = entry.categories.map((k) => CATEGORY_SHORT[k] ?? k.toLowerCase());
    bullet(
      `${formatDutchDate(entry.date)} - ${who} - ${what}${categories.length ? `: ${joined(categories)}` : ''}.`,
      0,
    );
  }

  heading('Vragen of niet eens?');
  paragraph(
    `Hebt u vragen over dit overzicht? Neem dan contact op met de privacyfunctionaris van ${answer.answeredBy.organisation}. Vindt u dat wij niet goed met de gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.`,
  );
  doc.end();
  return done;
}

/** The log per day: what one organisation and role did alike that day is one line, with how often. */
function grouped(log: readonly AccessLogEntry[]): (AccessLogEntry & { times: number })[] {
  const lines = new Map<string, AccessLogEntry & { times: number }>();
  for (const e of log) {
    const key = JSON.stringify([e.date, e.organisations, e.roles, e.action]);
    const line = lines.get(key);
    if (!line) lines.set(key, { ...e, categories: [...e.categories], times: 1 });
    else {
      line.times++;
      for (const k of e.categories) if (!line.categories.includes(k)) line.categories.push(k);
    }
  }
  return [...lines.values()];
}
