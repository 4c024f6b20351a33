import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import {
  MSA_GROUP_LABEL_NL,
  MSA_SUPPRESSION_THRESHOLD,
  buildMsaReport,
  dutchDate,
  type MsaReport,
  type ReportCell,
  type ReportTable,
} from '@aanwezig/domain';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { maskFields } from '../../authz/field-mask';
import { RegionEntity } from '../organisation/region.entity';
import { CaseAccess } from '../case/case-access';
import { CaseService } from '../case/case.service';
import { takeCensusIn } from './census';
import { CensusEntity } from './census.entity';
import { loadCensusFigures } from './census-figures';
import type {
  CensusCaseModel,
  CensusFrozenModel,
  CensusModel,
  MsaReportModel,
  ReportCellModel,
  ReportTableModel,
} from './report.model';
import { checkTakeCensus, type TakeCensusInput } from './dto/take-census.input';
import { censusNotFound as notFound, onlyRegionTakesCensus } from './report.errors';

/** Censuses and the MSA report built from them; the region's view aggregate, a school's own in full. */
@Injectable()
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caseAccess: CaseAccess,
    private readonly cases: CaseService,
  ) {}

  async regionName(regionId: string): Promise<string> {
    return (await this.dataSource.getRepository(RegionEntity).findOneByOrFail({ id: regionId })).name;
  }

  async censuses(session: Session): Promise<CensusModel[]> {
    const rows = await this.dataSource
      .getRepository(CensusEntity)
      .find({ where: { regionId: session.actor.regionId }, order: { censusDate: 'DESC' } });
    return rows.map(toCensusModel);
  }

  /**
   * What these censuses (of the caller's region: the ids come from censusDates or takeCensus) froze: their
   * schools, the pupils on record and the cases counted, the case count under the threshold withheld.
   */
  async frozen(censusIds: readonly string[]): Promise<Map<string, CensusFrozenModel>> {
    const rows: { id: string; schools: number; pupils: number; cases: number }[] = await this.dataSource.query(
      `SELECT c.id,
              (SELECT count(*)::int FROM census_school s WHERE s.census_id = c.id) AS schools,
              (SELECT coalesce(sum(s.population), 0)::int FROM census_school s WHERE s.census_id = c.id) AS pupils,
              (SELECT count(*)::int FROM census_case k WHERE k.census_id = c.id) AS cases
         FROM census c WHERE c.id = ANY($1::uuid[])`,
      [censusIds.filter(isUuid)],
    );
    const threshold = MSA_SUPPRESSION_THRESHOLD;
    return new Map(
      rows.map((r) => [
        r.id,
        { schools: r.schools, pupils: r.pupils, cases: r.cases < threshold ? null : r.cases, threshold },
      ]),
    );
  }

  async take(session: Session, input: TakeCensusInput): Promise<CensusModel> {
    const date = checkTakeCensus(input, dutchDate());
    if (!session.ability.can('create', subject('Census', { regionId: session.actor.regionId }))) {
      throw onlyRegionTakesCensus();
    }
    return this.dataSource.transaction(async (manager) => {
      const id = await takeCensusIn(manager, {
        regionId: session.actor.regionId,
        date,
        takenBy: session.actor.userId,
        exemptions5a: input.exemptions5a,
        absoluteAbsence: input.absoluteAbsence,
      });
      return toCensusModel(await manager.findOneByOrFail(CensusEntity, { id }));
    });
  }

  /** The report as this reader may see it, plus its figures for downloads. */
  async report(
    session: Session,
    censusId: string,
  ): Promise<{ model: MsaReportModel; report: MsaReport; census: CensusEntity }> {
    const census = isUuid(censusId)
      ? await this.dataSource.getRepository(CensusEntity).findOneBy({ id: censusId })
      : null;
    if (!census || !session.ability.can('read', subject('Report', { regionId: census.regionId }))) throw notFound();
    const figures = await loadCensusFigures(this.dataSource.manager, census.regionId, census.censusDate);
    const current = figures.find((f) => f.censusId === census.id)!;
    const own = new Set(
      current.schools
        .map((s) => s.schoolId)
        .filter((schoolId) =>
          session.ability.can('read', subject('SchoolReport', { regionId: census.regionId, schoolId })),
        ),
    );
    const report = buildMsaReport(current, figures, { knownSchoolIds: own });
    return {
      census,
      report,
      model: {
        census: toCensusModel(census),
        threshold: report.threshold,
        summary: report.summary,
        trend: report.trend.map((t) => ({ ...t, total: labelled(t.total), byCategory: t.byCategory.map(labelled) })),
        category: tableModel(report.tables.category),
        typology: tableModel(report.tables.typology),
        outcome: tableModel(report.tables.outcome),
        exemptions5a: labelled(report.exemptions5a),
        absoluteAbsence: labelled(report.absoluteAbsence),
        ownSchoolIds: [...own],
        detail: await this.detail(session, census.id, [...own]),
      },
    };
  }

  /** The own schools' cases on the census date, each masked by the reader's view of that case now. */
  private async detail(session: Session, censusId: string, schoolIds: string[]): Promise<CensusCaseModel[]> {
    if (schoolIds.length === 0) return [];
    const rows: {
      case_id: string;
      school_id: string;
      category: string | null;
      typology: string | null;
      status: string;
      outcome: string | null;
    }[] = await this.dataSource.query(
      `SELECT case_id, school_id, category, typology, status, outcome FROM census_case WHERE census_id = $1 AND phase = 'ACTIVE' AND school_id = ANY($2) ORDER BY school_id, case_id`,
      [censusId, schoolIds],
    );
    const facts = await this.caseAccess.facts(rows.map((r) => r.case_id));
    const readable = rows.filter(
      (r) => facts.has(r.case_id) && this.caseAccess.can(session.ability, 'read', facts.get(r.case_id)!),
    );
    const models = new Map(
      (
        await this.cases.modelsOf(
          session,
          readable.map((r) => ({ id: r.case_id })),
        )
      ).map((m) => [m.id, m]),
    );
    return readable.map((r) => {
      const model = models.get(r.case_id)!;
      const masked = maskFields(
        'CensusCase',
        { category: r.category, typology: r.typology, status: r.status, outcome: r.outcome },
        model.reader,
      );
      return { ...masked, caseId: r.case_id, schoolId: r.school_id, case: model };
    });
  }
}

function toCensusModel(c: CensusEntity): CensusModel {
  return {
    id: c.id,
    date: c.censusDate,
    takenAt: c.takenAt,
    exemptions5a: c.exemptions5a,
    absoluteAbsence: c.absoluteAbsence,
  };
}

export function labelled(cell: ReportCell): ReportCellModel {
  return {
    ...cell,
    label:
      MSA_GROUP_LABEL_NL[cell.group] ??
      (cell.group === 'TOTAL'
        ? 'totaal'
        : cell.group === 'EXEMPTION_5A'
          ? 'vrijstelling art. 5 sub a'
          : 'absoluut verzuim'),
  };
}

function tableModel(table: ReportTable): ReportTableModel {
  return {
    ...table,
    rows: table.rows.map((r) => ({ ...r, cells: r.cells.map(labelled), total: labelled(r.total) })),
    totals: table.totals.map(labelled),
    grandTotal: labelled(table.grandTotal),
  };
}
