import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { PupilEntity } from '../pupil/pupil.entity';
import { audit } from './audit';
import { AuditAction } from './audit-event.entity';
import { AuditError } from './audit.service';

/**
 * The answer to a subject-access request (AVG art. 15): everything Aanwezig holds about a pupil, and
 * the log of who saw it, as one JSON document. Prepared by the school's privacy officer for the pupil or
 * parents. The jeugdarts's private note is not in it: the GGD is its own controller and answers for it.
 */
@Injectable()
export class SubjectAccessService {
  constructor(private readonly dataSource: DataSource) {}

  async export(session: Session, pupilId: string): Promise<string> {
    const pupil = isUuid(pupilId) ? await this.dataSource.getRepository(PupilEntity).findOneBy({ id: pupilId }) : null;
    if (!pupil || !session.ability.can('read', subject('AuditTrail', { regionId: pupil.regionId, schoolId: pupil.schoolId }))) {
      throw new AuditError('NOT_FOUND', 'Deze leerling bestaat niet of u mag geen inzageverzoek voor hem of haar beantwoorden.');
    }
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const q = <R>(sql: string) => manager.query(sql, [pupil.id]) as Promise<R[]>;
      const [identity] = await q<Record<string, unknown>>(`SELECT p.id, p.pupil_number AS "pupilNumber", p.eck_id AS "eckId", p.given_name AS "givenName", p.family_name AS "familyName",
          p.date_of_birth::text AS "dateOfBirth", p.group_name AS "groupName", s.name AS school FROM pupil p JOIN organisation s ON s.id = p.school_id WHERE p.id = $1`);
      const guardians = await q(`SELECT name, relation, has_parental_authority AS "hasParentalAuthority" FROM guardian WHERE pupil_id = $1 ORDER BY name`);
      const cases = await q<{ id: string }>(`SELECT c.id, c.category, c.typology, c.tier, c.status, c.outcome, c.worry_flag AS "worryFlag", c.mentor_notes AS "mentorNotes",
          c.home_situation AS "homeSituation", c.created_at AS "createdAt", c.closed_at AS "closedAt",
          (SELECT json_agg(o.name ORDER BY o.name) FROM case_involvement ci JOIN organisation o ON o.id = ci.organisation_id WHERE ci.case_id = c.id AND ci.user_id IS NULL) AS "involvedOrganisations"
        FROM case_file c WHERE c.pupil_id = $1 ORDER BY c.created_at`);
      for (const c of cases as (Record<string, unknown> & { id: string })[]) {
        const caseId = [c.id];
        const of = <R>(sql: string) => manager.query(sql, caseId) as Promise<R[]>;
        c.timeline = await of(`SELECT t.at, t.kind, t.category, t.summary, u.name AS actor FROM timeline_entry t JOIN app_user u ON u.id = t.actor_user_id WHERE t.case_id = $1 ORDER BY t.at`);
        c.actions = await of(`SELECT a.title, a.category, u.name AS owner, a.due_date::text AS "dueDate", a.status, a.completion_note AS "completionNote" FROM case_action a JOIN app_user u ON u.id = a.owner_user_id WHERE a.case_id = $1 ORDER BY a.due_date`);
        c.minutes = await of(`SELECT m.title AS meeting, m.starts_at AS "meetingAt", ms.category, ms.body, ms.corrects_section_id AS "correctsSectionId"
          FROM minutes_section ms JOIN agenda_item ai ON ai.id = ms.agenda_item_id JOIN meeting m ON m.id = ai.meeting_id WHERE ai.case_id = $1 ORDER BY m.starts_at, ms.created_at`);
        c.decisions = await of(`SELECT m.title AS meeting, d.category, d.body FROM decision d JOIN agenda_item ai ON ai.id = d.agenda_item_id JOIN meeting m ON m.id = ai.meeting_id WHERE ai.case_id = $1 ORDER BY d.created_at`);
        c.advice = await of(`SELECT a.created_at AS "createdAt", o.name AS organisation, a.education_advice AS "educationAdvice" FROM advice a JOIN organisation o ON o.id = a.author_organisation_id WHERE a.case_id = $1 ORDER BY a.created_at`);
      }
      const consents = await q(`SELECT k.given_by_pupil AS "givenByPupil", k.method, k.categories, k.purpose, k.valid_from::text AS "validFrom", k.valid_until::text AS "validUntil",
          k.withdrawn_at AS "withdrawnAt", (SELECT json_agg(o.name) FROM organisation o WHERE o.id = ANY(k.organisation_ids)) AS recipients
        FROM consent k WHERE k.pupil_id = $1 ORDER BY k.created_at`);
      await audit(manager, session, [{ pupilId: pupil.id, regionId: pupil.regionId, action: AuditAction.EXPORT, categories: ['ALL'], subject: `SubjectAccess:${pupil.id}` }]);
      const accessLog = await q(`SELECT e.at, u.name AS actor, e.actor_roles AS roles, e.action, e.categories, e.client_address AS "clientAddress"
        FROM audit_trail e JOIN app_user u ON u.id = e.actor_user_id WHERE e.pupil_id = $1 ORDER BY e.at`);
      return JSON.stringify({ generatedAt: new Date().toISOString(), pupil: { ...identity, guardians }, cases, consents, accessLog }, null, 2);
    });
  }
}
