import { describe, expect, it } from 'vitest';
import { translate } from '@aanwezig/messages';
import { changedFields, classificationChange } from './case-changes';

const base = { status: 'OPEN', tier: 1, category: null, typology: null, flaggedForMeeting: false } as const;

describe('classificationChange', () => {
  it('is null when nothing changed', () => {
    expect(classificationChange(base, { ...base })).toBeNull();
    expect(changedFields(base, { ...base })).toEqual([]);
  });

  it('lists the changed fields in order, with their old and new values, and fills the other slots with none', () => {
    const params = classificationChange(base, { ...base, tier: 2, category: 'AT_RISK_HOME' });
    expect(params).toEqual({
      context: 'classification',
      change1: 'tier',
      change2: 'category',
      change3: 'none',
      change4: 'none',
      change5: 'none',
      tierFrom: 1,
      tierTo: 2,
      categoryFrom: '–',
      categoryTo: 'AT_RISK_HOME',
    });
    expect(changedFields(base, { ...base, tier: 2, category: 'AT_RISK_HOME' })).toEqual(['tier', 'category']);
  });

  it('reads as the sentence it replaces, in Dutch and in English', () => {
    const params = classificationChange(base, { ...base, tier: 2, category: 'AT_RISK_HOME' })!;
    expect(translate('timeline.CASE_UPDATED', params)).toBe('Niveau 1 → 2; categorie – → AT_RISK_HOME');
    expect(translate('timeline.CASE_UPDATED', params, 'en')).toBe('Tier 1 → 2; category – → AT_RISK_HOME');
  });

  it('says the meeting flag as put forward or withdrawn', () => {
    const on = classificationChange(base, { ...base, flaggedForMeeting: true })!;
    expect(translate('timeline.CASE_UPDATED', on)).toBe('Voor het volgende overleg aangemeld');
    const off = classificationChange({ ...base, flaggedForMeeting: true }, { ...base, status: 'MONITORING' })!;
    expect(translate('timeline.CASE_UPDATED', off)).toBe(
      'Status OPEN → MONITORING; afgemeld voor het volgende overleg',
    );
  });
});
