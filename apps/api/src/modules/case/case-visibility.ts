import { Field, ObjectType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { DataCategory, Role } from '@aanwezig/domain';
import { categoryVisibility, VISIBILITY_MATRIX } from '@aanwezig/authz';
import { ShieldReason } from '../../core/graphql/shield.model';
import '../../core/graphql/enums';
import { OrganisationModel } from '../organisation/organisation.model';
import { readerFor } from './case-access';
import type { CaseFacts } from './case-access';

@ObjectType('CategoryView', {
  description: 'Whether a role sees one category of this pupil’s data now, and if not, why.',
})
export class CategoryViewModel {
  @Field(() => DataCategory)
  category!: DataCategory;

  @Field()
  visible!: boolean;

  @Field(() => ShieldReason, { nullable: true })
  reason!: keyof typeof ShieldReason | null;
}

@ObjectType('OrganisationView', {
  description: 'What one role at one organisation working on the case sees of it now ("wie ziet wat").',
})
export class OrganisationViewModel {
  @Field(() => OrganisationModel)
  organisation!: OrganisationModel;

  @Field(() => Role)
  role!: Role;

  @Field(() => [CategoryViewModel])
  categories!: CategoryViewModel[];
}

/** The roles the visibility matrix speaks of: everyone who can work on a case. */
const CASE_ROLES = new Set(Object.values(VISIBILITY_MATRIX).flatMap((row) => Object.keys(row)));

/**
 * For each case: every role held at its school or an involved organisation, with what that role sees
 * of each data category under today's involvement and consents — the same rule the field mask applies,
 * asked for someone else. Roles come from the memberships that exist, so the list names real teams;
 * a role that cannot open the case at all is not listed.
 */
export async function visibilityOverview(
  manager: EntityManager,
  cases: readonly CaseFacts[],
): Promise<Map<string, OrganisationViewModel[]>> {
  const organisationIds = [...new Set(cases.flatMap((c) => [c.schoolId, ...c.involvedOrganisationIds]))];
  const held: {
    organisation_id: string;
    role: Role;
    user_ids: string[];
    name: string;
    kind: OrganisationModel['kind'];
    sector: OrganisationModel['sector'];
    region_id: string;
  }[] = await manager.query(
    `SELECT m.organisation_id, m.role, array_agg(m.user_id) AS user_ids, o.name, o.kind, o.sector, o.region_id
       FROM membership m JOIN organisation o ON o.id = m.organisation_id JOIN app_user u ON u.id = m.user_id
      WHERE m.organisation_id = ANY($1) AND u.active
      GROUP BY m.organisation_id, m.role, o.name, o.kind, o.sector, o.region_id
      ORDER BY o.name, m.role`,
    [organisationIds],
  );
  const result = new Map<string, OrganisationViewModel[]>();
  for (const facts of cases) {
    const here = new Set([facts.schoolId, ...facts.involvedOrganisationIds]);
    const views = held
      .filter((h) => here.has(h.organisation_id) && CASE_ROLES.has(h.role))
      // A mentor reaches a case only when personally involved; other mentors of the school do not.
      .filter((h) => h.role !== Role.MENTOR || h.user_ids.some((id) => facts.involvedUserIds.includes(id)))
      .map((h) => {
        const reader = {
          ...readerFor(
            {
              userId: '',
              regionId: h.region_id,
              memberships: [{ organisationId: h.organisation_id, organisationKind: h.kind, role: h.role }],
            },
            {
              organisationIds: [...here],
              involvedOrganisationIds: facts.involvedOrganisationIds,
              consents: facts.consents,
            },
          ),
          // Authored data (the jeugdarts's advice) is read here as the organisation's own writing.
          authorOrganisationIds: [h.organisation_id],
        };
        return {
          organisation: { id: h.organisation_id, name: h.name, kind: h.kind, sector: h.sector },
          role: h.role,
          categories: Object.values(DataCategory).map((category) => {
            const seen = categoryVisibility(reader, category);
            return { category, visible: seen.visible, reason: seen.visible ? null : seen.reason };
          }),
        };
      });
    result.set(facts.id, views);
  }
  return result;
}
