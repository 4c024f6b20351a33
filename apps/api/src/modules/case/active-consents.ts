/**
 * The consents of a pupil in force today, as the case module reads them (an allowed read of the consent
 * table: case access and the case rows decide visibility by them, and consent sits above case).
 */
import type { DataCategory } from '@aanwezig/domain';

/** A consent in force: the categories it covers and the organisations it names. */
export interface ActiveConsent {
  categories: DataCategory[];
  organisationIds: string[];
}

/** SQL condition: consent `k` belongs to pupil `pupilIdSql` and is in force today (Dutch calendar). */
export function consentInForceSql(pupilIdSql: string): string {
  return `k.pupil_id = ${pupilIdSql} AND k.withdrawn_at IS NULL
      AND k.valid_from <= (now() AT TIME ZONE 'Europe/Amsterdam')::date
      AND (k.valid_until IS NULL OR k.valid_until >= (now() AT TIME ZONE 'Europe/Amsterdam')::date)`;
}

/** SQL: the consents of pupil `pupilIdSql` in force today (Dutch calendar), as a JSON array of ActiveConsent. */
export function activeConsentsJson(pupilIdSql: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('categories', k.categories, 'organisationIds', k.organisation_ids)), '[]')
     FROM consent k
    WHERE ${consentInForceSql(pupilIdSql)})`;
}

/** SQL: a consent in force covers the category (`categorySql`) for the organisation (`organisationSql`); `consentCovers` in SQL. */
export function consentCoversSql(pupilIdSql: string, categorySql: string, organisationSql: string): string {
  return `EXISTS (SELECT 1 FROM consent k WHERE ${consentInForceSql(pupilIdSql)} AND ${categorySql} = ANY(k.categories) AND ${organisationSql} = ANY(k.organisation_ids))`;
}

/** Does a consent in force cover this category for this organisation? Read fresh on every request. */
export function consentCovers(
  consents: readonly ActiveConsent[],
  category: DataCategory,
  organisationId: string,
): boolean {
  return consents.some((k) => k.categories.includes(category) && k.organisationIds.includes(organisationId));
}
