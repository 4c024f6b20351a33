import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { subject } from '@casl/ability';
import {
  DataCategory,
  LETTER_CATEGORY,
  ROLE_LABEL_NL,
  draftLetter,
  type LetterLanguage,
  type LetterParent,
  type LetterTemplate,
} from '@aanwezig/domain';
import { categoryVisibility, type CaseReader } from '@aanwezig/authz';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { loadAttendance } from '../attendance/attendance-loader';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { CaseAccess, type CaseFacts } from '../case/case-access';
import { recordTimeline } from '../case/timeline';
import { TimelineKind } from '../case/timeline-entry.entity';
import { Mailer } from '../notification/mailer';
import { loadOrganisations } from '../organisation/organisation-names';
import type { OrganisationModel } from '../organisation/organisation.model';
import { GuardianEntity } from '../pupil/guardian.entity';
import { toParentModel } from '../pupil/pupil.mapper';
import { PupilEntity } from '../pupil/pupil.entity';
import { loadPeople, UNKNOWN_PERSON } from '../user/people';
import { UserEntity } from '../user/user.entity';
import type { CaseModel } from '../case/case.model';
import { LetterDelivery, LetterEntity } from './letter.entity';
import { toLetterModel } from './letter.mapper';
import type { LetterDraftModel, LetterModel } from './letter.model';
import { checkSendLetter, type SendLetterInput } from './dto/send-letter.input';
import {
  letterNotFound as notFound,
  noAttendanceFigures,
  noEmailFor,
  noParentsOnRecord,
  onlyOwnSchoolWrites,
  recipientsNotOfPupil,
} from './letter.errors';

/** A parent as a letter addresses them: name (and its parts) and postal address. */
const letterParent = (g: GuardianEntity): LetterParent => ({
  name: g.name,
  givenName: g.givenName,
  familyNamePrefix: g.familyNamePrefix,
  familyName: g.familyName,
  formOfAddress: g.formOfAddress,
  street: g.street,
  postalCode: g.postalCode,
  city: g.city,
});

/** The categories in the order the audit log lists them. */
const inCategoryOrder = (categories: readonly DataCategory[]): DataCategory[] =>
  Object.values(DataCategory).filter((c) => categories.includes(c));

/**
 * Letters to parents: drafted from the case's real numbers, edited by the writer, stored on the case
 * timeline, and mailed or downloaded. Only the pupil's own school writes them, and only someone who
 * may see the data the letter carries.
 */
@Injectable()
export class LetterService {
  private readonly logger = new Logger('Letters');

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly mailer: Mailer,
  ) {}

  /**
   * A draft shows the pupil's name, the parents' names and e-mail addresses and the days missed (and,
   * by template, sick reports or unauthorised hours): a read of pupil data, logged before it is shown.
   */
  async draft(
    session: Session,
    caseId: string,
    template: LetterTemplate,
    language: LetterLanguage,
  ): Promise<LetterDraftModel> {
    const facts = await this.access.require(session, caseId);
    const category = LETTER_CATEGORY[template];
    this.requireWriter(session, facts, category);
    const reader = this.access.reader(session.actor, facts);
    const pupil = await this.dataSource.getRepository(PupilEntity).findOneByOrFail({ id: facts.pupilId });
    const school = await this.school(facts.schoolId);
    const guardians = await this.dataSource
      .getRepository(GuardianEntity)
      .find({ where: { pupilId: pupil.id }, order: { name: 'ASC' } });
    const parents = guardians.filter((g) => g.hasParentalAuthority);
    // Before any figure is read: a letter to nobody is not drafted, and the writer hears which data is missing.
    if (parents.length === 0) throw noParentsOnRecord(`${pupil.givenName} ${pupil.familyName}`);
    const writer = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: session.actor.userId });
    const attendance = (
      await loadAttendance(this.dataSource, [
        { pupilId: pupil.id, regionId: facts.regionId, schoolId: facts.schoolId, sector: school.sector, reader },
      ])
    ).get(pupil.id);
    if (!attendance || attendance.daysMissed === null) throw noAttendanceFigures();
    const role = session.actor.memberships.find((m) => m.organisationId === facts.schoolId)?.role;
    const { subject, body, addressBlock } = draftLetter(template, language, {
      pupilGivenName: pupil.givenName,
      parents: parents.map(letterParent),
      schoolName: school.name,
      periodFrom: attendance.from,
      daysMissed: attendance.daysMissed,
      sickReports: attendance.sickReports,
      unauthorisedHours: attendance.unauthorisedHours,
      contactName: writer.name,
      contactRole: role ? ROLE_LABEL_NL[role] : 'medewerker',
      contactEmail: writer.email,
    });
    await audit(this.dataSource.manager, session, [
      {
        pupilId: pupil.id,
        regionId: facts.regionId,
        action: AuditAction.READ,
        categories: inCategoryOrder([DataCategory.IDENTITY, DataCategory.ATTENDANCE_SUMMARY, category]),
        subject: `Case:${facts.id}:letterDraft:${template}`,
        reader,
      },
    ]);
    return {
      template,
      language,
      category,
      subject,
      body,
      addressBlock,
      daysMissed: attendance.daysMissed,
      guardians: guardians.map((g) => ({ ...toParentModel(g), email: g.email })),
    };
  }

  /** Stores the letter on the case (one transaction with its timeline entry), then mails it if asked. */
  async send(session: Session, input: SendLetterInput): Promise<LetterModel> {
    const { subject, body } = checkSendLetter(input);
    const category = LETTER_CATEGORY[input.template];
    const letter = await this.dataSource.transaction(async (manager) => {
      const facts = await this.access.require(session, input.caseId, 'read', manager);
      this.requireWriter(session, facts, category);
      const guardians = input.guardianIds.every(isUuid)
        ? await manager.find(GuardianEntity, { where: { id: In(input.guardianIds), pupilId: facts.pupilId } })
        : [];
      if (guardians.length !== new Set(input.guardianIds).size) throw recipientsNotOfPupil();
      const withoutEmail = guardians.filter((g) => !g.email);
      if (input.delivery === LetterDelivery.EMAIL && withoutEmail.length > 0)
        throw noEmailFor(withoutEmail.map((g) => g.name));
      const saved = await manager.save(
        manager.create(LetterEntity, {
          caseId: facts.id,
          template: input.template,
          language: input.language,
          category,
          subject,
          body,
          recipients: guardians.map((g) => ({ guardianId: g.id, ...letterParent(g), email: g.email })),
          delivery: input.delivery,
          sentBy: session.actor.userId,
        }),
      );
      await recordTimeline(manager, session, {
        caseId: facts.id,
        kind: TimelineKind.LETTER_SENT,
        category,
        params: { delivery: input.delivery, template: input.template },
        actorUserId: session.actor.userId,
      });
      return saved;
    });
    if (letter.delivery === LetterDelivery.EMAIL) await this.mail(letter);
    return (await this.models(session, [letter]))[0];
  }

  /**
   * A letter the reader may read, for the PDF download. Handing it over is a read of the pupil's data
   * (name, parents, the letter's category), logged before the file is sent, as GraphQL reads are.
   */
  async readable(session: Session, id: string): Promise<{ letter: LetterEntity; schoolName: string }> {
    const letter = isUuid(id) ? await this.dataSource.getRepository(LetterEntity).findOneBy({ id }) : null;
    if (!letter) throw notFound();
    const facts = await this.access.require(session, letter.caseId).catch(() => {
      throw notFound();
    });
    const reader = this.access.reader(session.actor, facts);
    if (!categoryVisibility(reader, letter.category).visible) throw notFound();
    const school = await this.school(facts.schoolId);
    await audit(this.dataSource.manager, session, [
      {
        pupilId: facts.pupilId,
        regionId: facts.regionId,
        action: AuditAction.READ,
        categories: inCategoryOrder([DataCategory.IDENTITY, letter.category]),
        subject: `Letter:${letter.id}`,
        reader,
      },
    ]);
    return { letter, schoolName: school.name };
  }

  /** The masked models of letters (of cases the caller has checked access to). */
  async models(session: Session, letters: LetterEntity[]): Promise<LetterModel[]> {
    if (letters.length === 0) return [];
    const facts = await this.access.facts([...new Set(letters.map((l) => l.caseId))]);
    const people = await loadPeople(
      this.dataSource.manager,
      letters.map((l) => l.sentBy),
    );
    return letters.map((l) =>
      toLetterModel(l, this.access.reader(session.actor, facts.get(l.caseId)!), people.get(l.sentBy) ?? UNKNOWN_PERSON),
    );
  }

  /**
   * The letters on each of these cases (read by the caller through the case), newest first: one query
   * for a whole page of cases; each case's list is masked with that case's reader, per letter's category.
   */
  async ofCases(caseIds: readonly string[]): Promise<Map<string, (reader: CaseReader) => LetterModel[]>> {
    const letters = await this.dataSource
      .getRepository(LetterEntity)
      .find({ where: { caseId: In([...caseIds]) }, order: { sentAt: 'DESC' } });
    const senders = await loadPeople(
      this.dataSource.manager,
      letters.map((l) => l.sentBy),
    );
    const byCase = new Map<string, LetterEntity[]>();
    for (const l of letters) byCase.set(l.caseId, [...(byCase.get(l.caseId) ?? []), l]);
    return new Map(
      [...byCase].map(([caseId, ofCase]) => [
        caseId,
        (reader: CaseReader) => ofCase.map((l) => toLetterModel(l, reader, senders.get(l.sentBy) ?? UNKNOWN_PERSON)),
      ]),
    );
  }

  /** The pupil's school (its name heads the letter; its sector picks the attendance rules). */
  private async school(id: string): Promise<OrganisationModel> {
    const school = (await loadOrganisations(this.dataSource.manager, [id])).get(id);
    if (!school) throw new Error(`school ${id} of a case does not exist`);
    return school;
  }

  private requireWriter(session: Session, facts: CaseFacts, category: LetterEntity['category']): void {
    const ownSchool = session.ability.can(
      'create',
      subject('Letter', { regionId: facts.regionId, schoolId: facts.schoolId }),
    );
    if (!ownSchool || !categoryVisibility(this.access.reader(session.actor, facts), category).visible) {
      throw onlyOwnSchoolWrites();
    }
  }

  private async mail(letter: LetterEntity): Promise<void> {
    try {
      for (const recipient of letter.recipients)
        await this.mailer.send({ to: recipient.email!, subject: letter.subject, text: letter.body });
      letter.emailedAt = new Date();
      await this.dataSource.getRepository(LetterEntity).update({ id: letter.id }, { emailedAt: letter.emailedAt });
    } catch (error) {
      // Stored and on the timeline; the screen shows it was not mailed, so the writer can download it instead.
      this.logger.warn(`letter ${letter.id} could not be mailed: ${(error as Error).message}`);
    }
  }

  /** The letters on this case as its reader may see them; loaded once for all the cases read with it. */
  async ofCase(caseModel: CaseModel): Promise<LetterModel[]> {
    const byCase = await caseModel.batch('letter.letters', (cases) => this.ofCases(cases.map((c) => c.id)));
    return byCase.get(caseModel.id)?.(caseModel.reader) ?? [];
  }
}
