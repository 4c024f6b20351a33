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
    weeks: 'Period in school weeks',
    enabled: 'Rule is on',
    save: 'Save: {{rule}}',
    saved: 'Saved: {{what}}. The next evaluation of signals uses this setting.',
    formLabel: 'Settings of {{rule}}',
    weeksHint: 'A whole number of school weeks, {{min}} to {{max}}.',
    invalid: {
      notANumber:
        'Threshold: "{{value}}" is not a number. Enter a number above 0, for example 16 or 12.5. Nothing has been saved.',
      notPositive: 'Threshold: enter a number above 0. Nothing has been saved.',
      percent: 'Threshold: this is a percentage; enter a value below 100. Nothing has been saved.',
      whole:
        'Threshold: this rule counts times, days or weeks; enter a whole number, for example 3. Nothing has been saved.',
      weeks: 'Period: enter a whole number of school weeks from {{min}} to {{max}}. Nothing has been saved.',
    },
    savedWhat: '"{{rule}}": threshold {{threshold}}, rule is {{state}}',
    savedWhatWindow_one: '"{{rule}}": threshold {{threshold}}, period {{count}} school week, rule is {{state}}',
    savedWhatWindow_other: '"{{rule}}": threshold {{threshold}}, period {{count}} school weeks, rule is {{state}}',
    unchanged: 'Nothing changed: {{what}}, as it was.',
  },
};
