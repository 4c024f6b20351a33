/** The canonical columns (CONTRACT.md), in the order of the template. */
export const CANONICAL_COLUMNS = [
  'pupil_ref',
  'date',
  'start',
  'end',
  'minutes',
  'lesson_hour',
  'authorised',
  'reason',
];

/**
 * A template in the canonical format: the header and two example lines (one lesson hour of truancy by
 * start and end time, a sick day by minutes), for `pupilRef` (the pupil number to fill in).
 */
export function templateCsv(pupilRef: string, day: string): string {
  return (
    [
      CANONICAL_COLUMNS.join(','),
      `${pupilRef},${day},08:30,09:20,,1,false,TRUANCY`,
      `${pupilRef},${day},,,400,,true,SICK`,
    ].join('\n') + '\n'
  );
}
