import type { EntityManager } from 'typeorm';
import type { CensusFigures, MsaDimension, SchoolCensus } from '@aanwezig/domain';

interface CensusRow {
  id: string;
  census_date: string;
  exemptions_5a: number | null;
  absolute_absence: number | null;
}

/**
 * The figures of a region's censuses up to and including `upTo` (YYYY-MM-DD): populations per school
 * and one GROUP BY over the frozen cases, folded into the report's three dimensions. Reads only census
 * tables, so a report never changes after its census was taken.
 */
export async function loadCensusFigures(
  manager: EntityManager,
  regionId: string,
  upTo: string,
): Promise<CensusFigures[]> {
  const censuses: CensusRow[] = await manager.query(
    `SELECT id, census_date::text, exemptions_5a, absolute_absence FROM census WHERE region_id = $1 AND census_date <= $2 ORDER BY census_date`,
    [regionId, upTo],
  );
  if (censuses.length === 0) return [];
  const ids = censuses.map((c) => c.id);
  const schools: { census_id: string; school_id: string; school_name: string; population: number }[] =
    await manager.query(
      `SELECT census_id, school_id, school_name, population FROM census_school WHERE census_id = ANY($1) ORDER BY school_name, school_id`,
      [ids],
    );
  const groups: {
    census_id: string;
    school_id: string;
    phase: string;
    category: string | null;
    typology: string | null;
    outcome: string | null;
    n: number;
  }[] = await manager.query(
    `SELECT census_id, school_id, phase, category, typology, outcome, count(*)::int AS n
       FROM census_case WHERE census_id = ANY($1) GROUP BY census_id, school_id, phase, category, typology, outcome`,
    [ids],
  );
  const bySchool = new Map<string, SchoolCensus>();
  const figures = new Map<string, CensusFigures>(
    censuses.map((c) => [
      c.id,
      {
        censusId: c.id,
        date: c.census_date,
        schools: [],
        exemptions5a: c.exemptions_5a,
        absoluteAbsence: c.absolute_absence,
      },
    ]),
  );
  for (const s of schools) {
    const school: SchoolCensus = {
      schoolId: s.school_id,
      schoolName: s.school_name,
      population: s.population,
      counts: { category: {}, typology: {}, outcome: {} },
    };
    bySchool.set(`${s.census_id}:${s.school_id}`, school);
    figures.get(s.census_id)!.schools.push(school);
  }
  const add = (
    counts: Record<MsaDimension, Record<string, number>>,
    dimension: MsaDimension,
    group: string,
    n: number,
  ) => {
    counts[dimension][group] = (counts[dimension][group] ?? 0) + n;
  };
  for (const g of groups) {
    const school = bySchool.get(`${g.census_id}:${g.school_id}`);
    if (!school) continue;
    if (g.phase === 'ACTIVE') {
      add(school.counts, 'category', g.category ?? 'NONE', g.n);
      add(school.counts, 'typology', g.typology ?? 'NONE', g.n);
    } else if (g.outcome) {
      add(school.counts, 'outcome', g.outcome, g.n);
    }
  }
  return [...figures.values()];
}
