import { Field, ID, InputType } from '@nestjs/graphql';
import { InputError, requireDate } from '../../../core/errors/input';
import { isUuid } from '../../../core/database/uuid';

@InputType({ description: "Narrows one pupil's access log: by the person who read or changed, and by the days." })
export class AuditTrailFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this person did (one of auditTrailActors).' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'From this day on (YYYY-MM-DD, Dutch time), inclusive.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to and including this day (YYYY-MM-DD, Dutch time).' })
  to?: string | null;
}

export interface TrailFilter {
  actorId: string | null;
  from: string | null;
  to: string | null;
}

/** The filter checked: an id that is a uuid, existing days, `from` not after `to`; each refusal names its field. */
export function trailFilter(filter: AuditTrailFilter | null | undefined): TrailFilter {
  const actorId = filter?.actorId?.trim() || null;
  if (actorId && !isUuid(actorId)) throw new InputError('actorId', 'audit.actorUnknown');
  const from = filter?.from?.trim() ? requireDate(filter.from.trim(), 'from', 'auditTrail.from') : null;
  const to = filter?.to?.trim() ? requireDate(filter.to.trim(), 'to', 'auditTrail.to') : null;
  if (from && to && from > to) throw new InputError('to', 'audit.toBeforeFrom');
  return { actorId, from, to };
}
