import type { MessageParams } from '@aanwezig/messages';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  ActionStatus,
  CaseCategory,
  CaseOutcome,
  CaseStatus,
  DataCategory,
  MeetingKind,
  MeetingStatus,
  Role,
  SchoolSector,
  SchoolCalendar,
  Typology,
  addDays,
  dutchDate,
  mondayOf,
} from '@aanwezig/domain';
import { ActionEntity } from '../../modules/action/action.entity';
import { CaseInvolvementEntity } from '../../modules/case/case-involvement.entity';
import { CaseEntity } from '../../modules/case/case.entity';
import { TimelineEntryEntity, TimelineKind } from '../../modules/case/timeline-entry.entity';
import { AgendaItemEntity } from '../../modules/meeting/agenda-item.entity';
import { DecisionEntity } from '../../modules/meeting/decision.entity';
import { MeetingEntity } from '../../modules/meeting/meeting.entity';
import { MinutesSectionEntity } from '../../modules/meeting/minutes-section.entity';
import type { OrganisationEntity } from '../../modules/organisation/organisation.entity';
import { GuardianEntity } from '../../modules/pupil/guardian.entity';
import { PupilEntity } from '../../modules/pupil/pupil.entity';
import type { UserEntity } from '../../modules/user/user.entity';
import { demoSchoolYear } from './demo-calendar';
import { DEMO_SCHOOL_SIZES, DEMO_USERS, DUINRAND_PUPIL_NUMBER_ENDINGS, demoParents } from './demo-region.data';
import { SeededRandom } from './random';

const GIVEN = [
  'Daan',
  'Emma',
  'Sem',
  'Julia',
  'Lucas',
  'Mila',
  'Finn',
  'Tess',
  'Levi',
  'Sara',
  'Noah',
  'Zoë',
  'Bram',
  'Lotte',
  'Milan',
  'Anna',
  'Jesse',
  'Eva',
  'Thijs',
  'Fleur',
  'Mohammed',
  'Yara',
  'Ayoub',
  'Lina',
  'Ravi',
  'Maud',
  'Stijn',
  'Isa',
  'Hamza',
  'Nina',
];
const FAMILY = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Janssen',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'Yilmaz',
  'El Idrissi',
  'Kaya',
  'Nguyen',
  'Wouters',
];
const WEEK_MS = 7 * 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

const DISCUSSION = [
  'Verzuim besproken met leerling en ouders; afspraken gemaakt over een rooster met opbouw.',
  'Leerling komt weer vaker; mentor houdt wekelijks een kort gesprek.',
  'Verzuim neemt toe, vooral op maandag en vrijdag. Patroon bespreken met ouders.',
  'Huisbezoek heeft plaatsgevonden; ouders werken mee aan het plan.',
  'Leerling geeft aan zich niet veilig te voelen in de klas; zorgcoördinator volgt dit op.',
  'Terugkeerplan loopt volgens afspraak; evaluatie over vier weken.',
];
const WORRIES = [
  'Mentor maakt zich zorgen over terugtrekken in de klas.',
  'Leerling oogt moe en somber volgens de mentor.',
  'Mentor merkt spanning rond toetsen.',
];
const DECISIONS = [
  'Gesprek met ouders plannen binnen twee weken.',
  'Aanmelden bij de jeugdarts (met toestemming van ouders).',
  'Leerplicht informeren over het ongeoorloofd verzuim.',
  'Aangepast rooster voor zes weken, daarna evalueren.',
  'Consulent passend onderwijs betrekken voor een arrangement.',
];
const ACTIONS = [
  'Ouders bellen voor een gesprek',
  'Verzuimoverzicht bijwerken en delen met het team',
  'Gesprek met leerling over het rooster',
  'Contact opnemen met de jeugdarts',
  'Verzuimmelding doen bij leerplicht',
  'Plan van aanpak opstellen',
  'Terugkoppeling aan de mentor geven',
];

interface SeedContext {
  regionId: string;
  organisations: Map<string, OrganisationEntity>;
  users: Map<string, UserEntity>;
  now: Date;
}

/**
 * Pupils, cases and a school year of SAT meetings with minutes, decisions and actions (some overdue),
 * generated from a fixed seed relative to today, so every screen has something real to show.
 */
export async function insertDemoCases(manager: EntityManager, ctx: SeedContext): Promise<void> {
  const random = new SeededRandom(20261123);
  const today = dutchDate(ctx.now);
  const userByEmail = (email: string) => ctx.users.get(email)!;
  const org = (key: string) => ctx.organisations.get(key)!;
  const leerplicht = org('leerplicht');
  const ggd = org('ggd');
  const swv = org('swv');
  const jg = org('jg');
  const officer = userByEmail('leerplicht@kustland.demo.test');
  const doctor = userByEmail('jeugdarts@ggd.demo.test');
  const mentor = userByEmail('mentor@baken.demo.test');

  const rows = {
    pupils: [] as Partial<PupilEntity>[],
    guardians: [] as Partial<GuardianEntity>[],
    cases: [] as Partial<CaseEntity>[],
    involvements: [] as Partial<CaseInvolvementEntity>[],
    timeline: [] as Partial<TimelineEntryEntity>[],
    meetings: [] as Partial<MeetingEntity>[],
    participants: [] as { meeting_id: string; user_id: string }[],
    items: [] as Partial<AgendaItemEntity>[],
    minutes: [] as Partial<MinutesSectionEntity>[],
    decisions: [] as Partial<DecisionEntity>[],
    actions: [] as Partial<ActionEntity>[],
  };

  for (const [schoolKey, size] of Object.entries(DEMO_SCHOOL_SIZES)) {
    const school = org(schoolKey);
    const coordinator = ctx.users.get(
      DEMO_USERS.find((u) => u.organisation === schoolKey && u.role !== Role.MENTOR && u.role !== Role.PRIVACY_OFFICER)!
        .email,
    )!;
    const primary = school.sector === SchoolSector.PO;

    // Pupils with their parents.
    const pupils: Partial<PupilEntity>[] = [];
    for (let n = 0; n < size.pupils; n++) {
      const age = primary ? random.int(7, 11) : random.int(12, 17);
      const birth = new Date(ctx.now.getTime() - (age * 365.25 + random.int(0, 360)) * DAY_MS);
      const pupil = {
        id: randomUUID(),
        regionId: ctx.regionId,
        schoolId: school.id,
        pupilNumber: `${schoolKey.slice(0, 2).toUpperCase()}${String(1001 + n)}`,
        eckId: null,
        givenName: random.pick(GIVEN),
        familyName: random.pick(FAMILY),
        dateOfBirth: dutchDate(birth),
        groupName: primary
          ? `groep ${Math.min(8, age - 3)}`
          : `${Math.min(6, age - 11)}${random.pick(['A', 'B', 'C'])}`,
      };
      pupils.push(pupil);
      const bothParents = random.chance(0.7);
      const livesIn = DUINRAND_PUPIL_NUMBER_ENDINGS.some((end) => pupil.pupilNumber.endsWith(end))
        ? 'duinrand'
        : 'kustland';
      const { mother, father } = demoParents(pupil, livesIn);
      rows.guardians.push({
        id: randomUUID(),
        pupilId: pupil.id,
        ...mother,
        relation: 'moeder',
        hasParentalAuthority: true,
        email: `moeder.${pupil.pupilNumber.toLowerCase()}@ouders.demo.test`,
      });
      rows.guardians.push({
        id: randomUUID(),
        pupilId: pupil.id,
        ...father,
        // A father without parental authority: the school holds his name, not his address.
        ...(bothParents ? {} : { street: null, postalCode: null, city: null }),
        relation: 'vader',
        hasParentalAuthority: bothParents,
        email: bothParents ? `vader.${pupil.pupilNumber.toLowerCase()}@ouders.demo.test` : null,
      });
    }
    rows.pupils.push(...pupils);

    // A series of SAT meetings every four weeks, eleven months back and three months ahead, each school on
    // its own weekday, hour and room, moved to the next school day when the date falls in a holiday.
    const slot = SAT_SLOTS[schoolKey];
    const participants = [
      coordinator.id,
      ...DEMO_USERS.filter((u) => u.organisation === schoolKey && u.role !== Role.PRIVACY_OFFICER).map(
        (u) => userByEmail(u.email).id,
      ),
      ...slot.partners.map((email) => userByEmail(email).id),
    ];
    const meetings: Partial<MeetingEntity>[] = [];
    const firstWeek = mondayOf(dutchDate(new Date(ctx.now.getTime() - 44 * WEEK_MS)));
    for (let n = 0; n < 15; n++) {
      const startsAt = atDutchTime(nextSchoolDay(addDays(firstWeek, n * 28 + slot.weekday - 1)), slot.time);
      const past = startsAt < ctx.now;
      const meeting: Partial<MeetingEntity> = {
        id: randomUUID(),
        regionId: ctx.regionId,
        organisationId: school.id,
        seriesEveryWeeks: 4,
        kind: MeetingKind.SAT,
        title: `SAT ${school.name}`,
        startsAt,
        durationMinutes: 90,
        location: slot.room,
        onlineUrl: null,
        status: past ? MeetingStatus.CLOSED : MeetingStatus.PLANNED,
        closedAt: past ? new Date(startsAt.getTime() + 2 * 3600 * 1000) : null,
        chairUserId: coordinator.id,
        createdBy: coordinator.id,
      };
      meetings.push(meeting);
      for (const userId of new Set(participants)) rows.participants.push({ meeting_id: meeting.id!, user_id: userId });
    }
    for (const m of meetings) m.seriesId = meetings[0].id!;
    rows.meetings.push(...meetings);
    const pastMeetings = meetings.filter((m) => m.status === MeetingStatus.CLOSED);
    const nextMeeting = meetings.find((m) => m.status === MeetingStatus.PLANNED)!;
    const agendaPositions = new Map<string, number>();
    const position = (meetingId: string) => {
      const next = (agendaPositions.get(meetingId) ?? 0) + 1;
      agendaPositions.set(meetingId, next);
      return next;
    };

    // Cases: most recent last; some closed, some monitored, the rest open.
    for (let n = 0; n < size.cases; n++) {
      const pupil = pupils[n];
      const createdAt = new Date(ctx.now.getTime() - random.int(3, 300) * DAY_MS);
      const typology = random.pick(Object.values(Typology));
      const category =
        typology === Typology.SICK
          ? random.pick([CaseCategory.AT_RISK_HOME, CaseCategory.AUTHORISED_EXEMPT])
          : random.pick([CaseCategory.AT_RISK_HOME, CaseCategory.AT_RISK_HOME, CaseCategory.UNAUTHORISED_HOME]);
      const roll = random.next();
      const status =
        roll < 0.2 && createdAt.getTime() < ctx.now.getTime() - 120 * DAY_MS
          ? CaseStatus.CLOSED
          : roll < 0.4
            ? CaseStatus.MONITORING
            : CaseStatus.OPEN;
      const caseId = randomUUID();
      const involved: OrganisationEntity[] = [school];
      if (
        category === CaseCategory.UNAUTHORISED_HOME ||
        typology === Typology.TRUANCY ||
        typology === Typology.WITHHOLDING ||
        random.chance(0.3)
      )
        involved.push(leerplicht);
      if (typology === Typology.SICK || typology === Typology.SCHOOL_REFUSAL) involved.push(ggd);
      if (category === CaseCategory.UNAUTHORISED_HOME || random.chance(0.2)) involved.push(swv);
      if (random.chance(0.2)) involved.push(jg);
      const mentorInvolved = schoolKey === 'baken' && n % 3 === 0;
      const worryFlag = random.chance(0.3);
      rows.cases.push({
        id: caseId,
        regionId: ctx.regionId,
        schoolId: school.id,
        pupilId: pupil.id,
        category,
        typology,
        tier: status === CaseStatus.CLOSED ? 2 : random.int(1, 3),
        status,
        outcome: status === CaseStatus.CLOSED ? random.pick(Object.values(CaseOutcome)) : null,
        worryFlag,
        mentorNotes: worryFlag ? random.pick(WORRIES) : null,
        homeSituation: random.chance(0.4) ? 'Gezin is kort geleden verhuisd; moeder werkt in ploegendienst.' : null,
        flaggedForMeeting: status !== CaseStatus.CLOSED && random.chance(0.25),
        createdBy: coordinator.id,
        createdAt,
        updatedAt: createdAt,
        closedAt: status === CaseStatus.CLOSED ? new Date(ctx.now.getTime() - random.int(5, 60) * DAY_MS) : null,
      });
      for (const o of involved)
        rows.involvements.push({
          id: randomUUID(),
          caseId,
          organisationId: o.id,
          userId: null,
          addedBy: coordinator.id,
          addedAt: createdAt,
        });
      rows.involvements.push({
        id: randomUUID(),
        caseId,
        organisationId: school.id,
        userId: coordinator.id,
        addedBy: coordinator.id,
        addedAt: createdAt,
      });
      if (mentorInvolved)
        rows.involvements.push({
          id: randomUUID(),
          caseId,
          organisationId: school.id,
          userId: mentor.id,
          addedBy: coordinator.id,
          addedAt: createdAt,
        });
      const entry = (
        kind: TimelineKind,
        category: DataCategory,
        params: MessageParams,
        at: Date,
        actorUserId: string,
        meetingId: string | null = null,
      ) =>
        rows.timeline.push({
          id: randomUUID(),
          caseId,
          kind,
          category,
          params,
          at,
          actorUserId,
          meetingId,
        });
      entry(TimelineKind.CASE_CREATED, DataCategory.CLASSIFICATION, {}, createdAt, coordinator.id);
      for (const o of involved.slice(1))
        entry(
          TimelineKind.ORGANISATION_INVOLVED,
          DataCategory.CLASSIFICATION,
          { organisation: o.name },
          createdAt,
          coordinator.id,
        );
      if (worryFlag)
        entry(
          TimelineKind.WORRY_FLAG_SET,
          DataCategory.WORRY_AND_NOTES,
          {},
          createdAt,
          mentorInvolved ? mentor.id : coordinator.id,
        );

      // Who may own this case's actions: they must be able to see it.
      const owners = [
        coordinator.id,
        ...(mentorInvolved ? [mentor.id] : []),
        ...(involved.includes(leerplicht) ? [officer.id] : []),
        ...(involved.includes(ggd) ? [doctor.id] : []),
      ];
      const discussedAt = pastMeetings.filter((m) => m.startsAt! > createdAt).slice(0, random.int(1, 4));
      for (const meeting of discussedAt) {
        const itemId = randomUUID();
        const held = meeting.startsAt!;
        rows.items.push({
          id: itemId,
          meetingId: meeting.id!,
          caseId,
          topic: null,
          position: position(meeting.id!),
          createdAt: held,
        });
        entry(
          TimelineKind.ON_AGENDA,
          DataCategory.CLASSIFICATION,
          { meeting: meeting.title!, startsAt: dutchDate(held) },
          held,
          coordinator.id,
          meeting.id!,
        );
        const body = random.pick(DISCUSSION);
        rows.minutes.push({
          id: randomUUID(),
          agendaItemId: itemId,
          category: DataCategory.CLASSIFICATION,
          body,
          authorId: coordinator.id,
          correctsSectionId: null,
          createdAt: held,
          updatedAt: held,
          version: 1,
        });
        entry(
          TimelineKind.MINUTES_RECORDED,
          DataCategory.CLASSIFICATION,
          { meeting: meeting.title!, excerpt: body },
          held,
          coordinator.id,
          meeting.id!,
        );
        if (worryFlag)
          rows.minutes.push({
            id: randomUUID(),
            agendaItemId: itemId,
            category: DataCategory.WORRY_AND_NOTES,
            body: random.pick(WORRIES),
            authorId: coordinator.id,
            correctsSectionId: null,
            createdAt: held,
            updatedAt: held,
            version: 1,
          });
        const decision = random.pick(DECISIONS);
        rows.decisions.push({
          id: randomUUID(),
          agendaItemId: itemId,
          category: DataCategory.CLASSIFICATION,
          body: decision,
          authorId: coordinator.id,
          createdAt: held,
        });
        entry(
          TimelineKind.DECISION,
          DataCategory.CLASSIFICATION,
          { meeting: meeting.title!, decision },
          held,
          coordinator.id,
          meeting.id!,
        );

        const due = dutchDate(new Date(held.getTime() + random.int(7, 21) * DAY_MS));
        const done = status === CaseStatus.CLOSED || (due < today && random.chance(0.7));
        const title = random.pick(ACTIONS);
        const ownerUserId = random.pick(owners);
        const completedAt = done ? new Date(Math.min(ctx.now.getTime(), new Date(`${due}T12:00:00Z`).getTime())) : null;
        rows.actions.push({
          id: randomUUID(),
          caseId,
          agendaItemId: itemId,
          title,
          category: DataCategory.CLASSIFICATION,
          ownerUserId,
          dueDate: due,
          status: done ? ActionStatus.DONE : ActionStatus.OPEN,
          completionNote: done ? 'Gedaan en teruggekoppeld.' : null,
          completedAt,
          createdBy: coordinator.id,
          createdAt: held,
        });
        entry(
          TimelineKind.ACTION_CREATED,
          DataCategory.CLASSIFICATION,
          { title, dueDate: due },
          held,
          coordinator.id,
          meeting.id!,
        );
        if (done) entry(TimelineKind.ACTION_DONE, DataCategory.CLASSIFICATION, { title }, completedAt!, ownerUserId);
      }
      // The newest open cases are already on the next meeting's agenda.
      if (status !== CaseStatus.CLOSED && n >= size.cases - 3) {
        rows.items.push({
          id: randomUUID(),
          meetingId: nextMeeting.id!,
          caseId,
          topic: null,
          position: position(nextMeeting.id!),
          createdAt: ctx.now,
        });
        entry(
          TimelineKind.ON_AGENDA,
          DataCategory.CLASSIFICATION,
          { meeting: nextMeeting.title!, startsAt: dutchDate(nextMeeting.startsAt!) },
          ctx.now,
          coordinator.id,
          nextMeeting.id!,
        );
      }
      if (status === CaseStatus.CLOSED)
        entry(
          TimelineKind.CASE_CLOSED,
          DataCategory.CLASSIFICATION,
          { outcome: rows.cases.at(-1)!.outcome! },
          rows.cases.at(-1)!.closedAt!,
          coordinator.id,
        );
      const last = rows.timeline.filter((t) => t.caseId === caseId).reduce((a, b) => (a.at! > b.at! ? a : b));
      rows.cases.at(-1)!.updatedAt = last.at;
    }
    rows.items.push({
      id: randomUUID(),
      meetingId: nextMeeting.id!,
      caseId: null,
      topic: 'Verzuimcijfers van de afgelopen periode',
      position: position(nextMeeting.id!),
      createdAt: ctx.now,
    });
  }

  await insertInChunks(manager, PupilEntity, rows.pupils);
  await insertInChunks(manager, GuardianEntity, rows.guardians);
  await insertInChunks(manager, MeetingEntity, rows.meetings);
  await insertInChunks(manager, 'meeting_participant', rows.participants);
  await insertInChunks(manager, CaseEntity, rows.cases);
  await insertInChunks(manager, CaseInvolvementEntity, rows.involvements);
  await insertInChunks(manager, AgendaItemEntity, rows.items);
  await insertInChunks(manager, MinutesSectionEntity, rows.minutes);
  await insertInChunks(manager, DecisionEntity, rows.decisions);
  await insertInChunks(manager, ActionEntity, rows.actions);
  await insertInChunks(manager, TimelineEntryEntity, rows.timeline);
}

async function insertInChunks(
  manager: EntityManager,
  target: Parameters<EntityManager['insert']>[0] | string,
  rows: object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    if (typeof target === 'string') await manager.createQueryBuilder().insert().into(target).values(chunk).execute();
    else await manager.insert(target, chunk as never);
  }
}

/**
 * Each school's SAT: weekday (1 = Monday), Dutch time, room, and the partners it invites besides its own
 * staff (leerplicht of the municipalities its pupils live in, the jeugdarts, the SWV's consultant, the
 * J&G coach), all of whom user/meeting-invitees.ts counts as the school's partners.
 */
const SAT_SLOTS: Record<string, { weekday: number; time: string; room: string; partners: string[] }> = {
  baken: {
    weekday: 2,
    time: '13:30',
    room: 'Vergaderruimte 1.12',
    partners: ['leerplicht@kustland.demo.test', 'jeugdarts@ggd.demo.test', 'consulent@swv.demo.test'],
  },
  duinzicht: {
    weekday: 3,
    time: '09:00',
    room: 'Lokaal B2.04',
    partners: ['leerplicht@kustland.demo.test', 'leerplicht@duinrand.demo.test', 'jeugdarts@ggd.demo.test'],
  },
  branding: {
    weekday: 4,
    time: '14:00',
    room: 'Teamkamer',
    partners: ['leerplicht@kustland.demo.test', 'jeugdarts@ggd.demo.test', 'consulent@swv.demo.test'],
  },
  helmgras: {
    weekday: 1,
    time: '15:00',
    room: 'Vergaderzaal begane grond',
    partners: ['leerplicht@kustland.demo.test', 'leerplicht@duinrand.demo.test', 'coach@jg.demo.test'],
  },
  meeuw: {
    weekday: 4,
    time: '08:30',
    room: 'Kamer van de intern begeleider',
    partners: ['leerplicht@kustland.demo.test', 'jeugdarts@ggd.demo.test', 'coach@jg.demo.test'],
  },
  vuurtoren: {
    weekday: 5,
    time: '10:30',
    room: 'Personeelskamer',
    partners: ['leerplicht@kustland.demo.test', 'jeugdarts@ggd.demo.test', 'coach@jg.demo.test'],
  },
};

/** The demo region's school calendar (the one demo-region.seed.ts stores) for the year holding `date`. */
function demoCalendarOn(date: string): SchoolCalendar | null {
  const year = Number(date.slice(0, 4));
  const data = [demoSchoolYear(year - 1), demoSchoolYear(year)].find((y) => date >= y.firstDay && date <= y.lastDay);
  return data ? new SchoolCalendar(data) : null;
}

/** `date` when it is a school day, else the first school day after it (past a holiday or the summer). */
function nextSchoolDay(date: string): string {
  let day = date;
  for (let guard = 0; guard < 120 && !demoCalendarOn(day)?.isSchoolDay(day); guard++) day = addDays(day, 1);
  return day;
}

const DUTCH_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
});

/** The moment it is `time` (HH:MM) on `date` in the Netherlands (winter or summer time). */
function atDutchTime(date: string, time: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const moment = new Date(`${date}T${time}:00${offset}`);
    if (DUTCH_TIME.format(moment) === time && dutchDate(moment) === date) return moment;
  }
  throw new RangeError(`${date} ${time} does not exist in the Netherlands`);
}
