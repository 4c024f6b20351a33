import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import { Role } from '@aanwezig/domain';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { CaseAccess } from '../case/case-access';
import { findPupil } from '../pupil/pupils';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { subjectAccessPupilNotFound } from './subject-access.errors';
import { subjectAccessPdf } from './subject-access-pdf';
import {
  subjectAccessAuditSubject,
  subjectAccessRequest,
  type SubjectAccessRequest,
} from './dto/subject-access-request.input';
import { whoSeesWhat, type OrganisationSight } from './who-sees-what';
import type { MessageParams } from '@aanwezig/messages';
import { timelineText } from '../case/timeline';
import type { TimelineKind } from '../case/timeline-entry.entity';

/** Staff appear in the answer as organisation and role, never by name, e-mail address or IP address. */
export interface StaffRole {
  organisation: string;
  role: Role;
}

/** One entry of the access log as the pupil and parents get it: the day, which organisation, which role, what. */
export interface AccessLogEntry {
  date: string;
  organisations: string[];
  roles: Role[];
  action: AuditAction;
  categories: string[];
}

export interface SubjectAccessCase extends Record<string, unknown> {
  id: string;
  status: string;
  createdAt: Date;
  closedAt: Date | null;
  /** Who sees what of this case now, and on what basis (the field mask's rule). */
  whoSeesWhat: OrganisationSight[];
}

/** Everything the answer holds; the JSON is this document, the PDF is written from it. */
export interface SubjectAccessAnswer {
  generatedAt: string;
  request: SubjectAccessRequest;
  answeredBy: StaffRole;
  pupil: Record<string, unknown> & { givenName: string; familyName: string; school: string; guardians: unknown[] };
  cases: SubjectAccessCase[];
  consents: unknown[];
  accessLog: AccessLogEntry[];
}

export type SubjectAccessFormat = 'JSON' | 'PDF';

/**
 * The staff who did something on case `$1`, as organisation and role: their memberships at the case's
 * school and the organisations involved in it.
 */
const staffRoles = (
  userIdSql: string,
) => `(SELECT coalesce(json_agg(DISTINCT jsonb_build_object('organisation', o.name, 'role', m.role)), '[]')
    FROM membership m JOIN organisation o ON o.id = m.organisation_id
   WHERE m.user_id = ${userIdSql}
     AND (m.organisation_id = (SELECT cf.school_id FROM case_file cf WHERE cf.id = $1)
          OR m.organisation_id IN (SELECT ci.organisation_id FROM case_involvement ci WHERE ci.case_id = $1)))`;

/**
 * The answer to a subject-access request (AVG art. 15): everything Aanwezig holds about a pupil, who
 * sees what of it now and why, and the log of who saw it. Prepared by the school's privacy officer for
 * the pupil or parents, as JSON (all of it) or as a PDF in plain Dutch (who sees what and who looked).
 * Each export records the request it answers (reference and date) in the audit log. Staff appear as
 * organisation and role only. The jeugdarts's private note is not in it: the GGD is its own controller
 * and answers for it.
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caseAccess: CaseAccess,
  ) {}

  /** The answer as the requested file: JSON text, or a PDF as base64. */
  async export(
    session: Session,
    pupilId: string,
    reference: string | null | undefined,
    requestDate: string | null | undefined,
    format: SubjectAccessFormat,
  ): Promise<string> {
    // A pupil one may not answer for is NOT_FOUND whatever else is asked; then the request must be there.
    const pupil = isUuid(pupilId) ? await findPupil(this.dataSource.manager, pupilId) : null;
    if (
      !pupil ||
      !session.ability.can('read', subject('AuditTrail', { regionId: pupil.regionId, schoolId: pupil.schoolId }))
    ) {
      throw subjectAccessPupilNotFound();
    }
    const request = subjectAccessRequest(reference, requestDate);
    const answer = await this.answer(session, pupil, request, format);
    if (format === 'JSON') return JSON.stringify(answer, null, 2);
    return (await subjectAccessPdf(answer)).toString('base64');
  }

  private async answer(
    session: Session,
    pupil: { id: string; regionId: string },
    request: SubjectAccessRequest,
    format: SubjectAccessFormat,
  ): Promise<SubjectAccessAnswer> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const q = <R>(sql: string) => manager.query(sql, [pupil.id]) as Promise<R[]>;
      const [identity] = await q<
        SubjectAccessAnswer['pupil']
      >(`SELECT p.id, p.pupil_number AS "pupilNumber", p.eck_id AS "eckId", p.given_name AS "givenName", p.family_name AS "familyName",
          p.date_of_birth::text AS "dateOfBirth", p.group_name AS "groupName", s.name AS school FROM pupil p JOIN organisation s ON s.id = p.school_id WHERE p.id = $1`);
      const guardians = await q(
        // Everything held about each parent: name parts and address (the letters use them) and contact.
        `SELECT name, given_name AS "givenName", family_name_prefix AS "familyNamePrefix", family_name AS "familyName",
                form_of_address AS "formOfAddress", relation, has_parental_authority AS "hasParentalAuthority",
                email, street, postal_code AS "postalCode", city
           FROM guardian WHERE pupil_id = $1 ORDER BY name`,
      );
      const cases =
        await q<SubjectAccessCase>(`SELECT c.id, c.category, c.typology, c.tier, c.status, c.outcome, c.worry_flag AS "worryFlag", c.mentor_notes AS "mentorNotes",
          c.home_situation AS "homeSituation", c.created_at AS "createdAt", c.closed_at AS "closedAt",
          (SELECT json_agg(o.name ORDER BY o.name) FROM case_involvement ci JOIN organisation o ON o.id = ci.organisation_id WHERE ci.case_id = c.id AND ci.user_id IS NULL) AS "involvedOrganisations"
        FROM case_file c WHERE c.pupil_id = $1 ORDER BY c.created_at`);
      const facts = await this.caseAccess.facts(
        cases.map((c) => c.id),
        manager,
      );
      const sights = await whoSeesWhat(manager, [...facts.values()]);
      for (const c of cases) {
        const caseId = [c.id];
        const of = <R>(sql: string) => manager.query(sql, caseId) as Promise<R[]>;
        c.timeline = (
          await of<{ kind: TimelineKind; params: MessageParams }>(
            `SELECT t.at, t.kind, t.category, t.params, ${staffRoles('t.actor_user_id')} AS "by" FROM timeline_entry t WHERE t.case_id = $1 ORDER BY t.at`,
          )
        ).map(({ params, ...entry }) => ({ ...entry, summary: timelineText(entry.kind, params) }));
        c.actions =
          await of(`SELECT a.title, a.category, ${staffRoles('a.owner_user_id')} AS owner, a.due_date::text AS "dueDate", a.status, a.completion_note AS "completionNote"
          FROM case_action a WHERE a.case_id = $1 ORDER BY a.due_date`);
        c.minutes =
          await of(`SELECT m.title AS meeting, m.starts_at AS "meetingAt", ms.category, ms.body, ms.corrects_section_id AS "correctsSectionId"
          FROM minutes_section ms JOIN agenda_item ai ON ai.id = ms.agenda_item_id JOIN meeting m ON m.id = ai.meeting_id WHERE ai.case_id = $1 ORDER BY m.starts_at, ms.created_at`);
        c.decisions = await of(
          `SELECT m.title AS meeting, d.category, d.body FROM decision d JOIN agenda_item ai ON ai.id = d.agenda_item_id JOIN meeting m ON m.id = ai.meeting_id WHERE ai.case_id = $1 ORDER BY d.created_at`,
        );
        c.advice = await of(
          `SELECT a.created_at AS "createdAt", o.name AS organisation, a.education_advice AS "educationAdvice" FROM advice a JOIN organisation o ON o.id = a.author_organisation_id WHERE a.case_id = $1 ORDER BY a.created_at`,
        );
        c.whoSeesWhat = sights.get(c.id) ?? [];
      }
      const consents =
        await q(`SELECT k.given_by_pupil AS "givenByPupil", k.method, k.categories, k.purpose, k.valid_from::text AS "validFrom", k.valid_until::text AS "validUntil",
          k.withdrawn_at AS "withdrawnAt", (SELECT json_agg(o.name) FROM organisation o WHERE o.id = ANY(k.organisation_ids)) AS recipients
        FROM consent k WHERE k.pupil_id = $1 ORDER BY k.created_at`);
      // The export itself is in the log it hands over, with the request it answers.
      await audit(manager, session, [
        {
          pupilId: pupil.id,
          regionId: pupil.regionId,
          action: AuditAction.EXPORT,
          categories: ['ALL'],
          subject: subjectAccessAuditSubject(format, request),
        },
      ]);
      // Organisation, role and day: no names, e-mail or IP addresses of staff.
      const accessLog = await q<AccessLogEntry>(`SELECT (e.at AT TIME ZONE 'Europe/Amsterdam')::date::text AS date,
          (SELECT coalesce(json_agg(o.name ORDER BY o.name), '[]') FROM organisation o WHERE o.id = ANY(e.on_behalf_of)) AS organisations,
          e.actor_roles AS roles, e.action, e.categories
        FROM audit_trail e WHERE e.pupil_id = $1 ORDER BY e.at, e.id`);
      return {
        generatedAt: new Date().toISOString(),
        request,
        answeredBy: { organisation: identity.school, role: Role.PRIVACY_OFFICER },
        pupil: { ...identity, guardians },
        cases,
        consents,
        accessLog,
      };
    });
  }
}
