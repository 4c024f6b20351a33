import type { protocolNl } from './nl';

export const protocolEn: typeof protocolNl = {
  protocol: {
    title: 'Attendance protocol',
    intro: 'Who does what at which threshold: per route, from the first threshold to the last.',
    introAdmin:
      'Who does what at which threshold. As functional administrator you change thresholds and periods and switch rules on or off; every change is recorded.',
    first: 'first: {{role}}',
    on: 'on',
    off: 'off',
    awaitingLaw: 'awaiting the law',
    threshold: 'Threshold',
    weeks: 'Period in school weeks (empty: the school year so far)',
    enabled: 'Rule is on',
    save: 'Save: {{rule}}',
    saved: 'Saved; the next evaluation uses the new threshold.',
  },
};
