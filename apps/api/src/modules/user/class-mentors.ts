/**
 * SQL: the ids (text[]) of the mentors of the class of the pupil row aliased `pupil` (`mentor_class`,
 * owned here). Empty when nobody mentors the class. One piece for the ability's facts and its SQL.
 */
export function classMentorIdsSql(pupil: string): string {
  return `ARRAY(SELECT mc.user_id::text FROM mentor_class mc WHERE mc.school_id = ${pupil}.school_id AND mc.group_name = ${pupil}.group_name)`;
}
