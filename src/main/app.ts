import type { Config } from '../config.js';
import { type DatabaseHandle, openDatabase } from '../db/dialect.js';
import { migrateToLatest } from '../db/migrate.js';
import { ImportService } from '../features/imports/import.service.js';
import { ImportRunRepository } from '../features/imports/import-run.repository.js';
import { IndicatorRepository } from '../features/indicators/indicator.repository.js';
import { IndicatorService } from '../features/indicators/indicator.service.js';
import {
  OrganisationRepository,
  type OrganisationRow,
} from '../features/organisations/organisation.repository.js';
import { OrganisationService } from '../features/organisations/organisation.service.js';
import { ReportRepository } from '../features/reports/report.repository.js';
import { ReportService } from '../features/reports/report.service.js';

/** Everything a node runs on, wired once: each service gets only the repositories it needs. */
export interface App {
  config: Readonly<Config>;
  database: DatabaseHandle;
  nodeOrganisation: OrganisationRow;
  organisations: OrganisationService;
  reports: ReportService;
  indicators: IndicatorService;
  imports: ImportService;
  close(): Promise<void>;
}

export async function createApp(
  config: Readonly<Config>,
  options: { sqliteFile?: string } = {},
): Promise<App> {
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    sqliteFile: options.sqliteFile,
  });
  try {
    await migrateToLatest(database);
    const organisationRepository = new OrganisationRepository(database);
    const organisations = new OrganisationService(organisationRepository);
    const reports = new ReportService(new ReportRepository(database), organisationRepository);
    const nodeOrganisation = await organisations.ensure(config.nodeOrganisation);
    const indicators = new IndicatorService(new IndicatorRepository(database));
    reports.onWrite(() => indicators.reportsChanged());
    return {
      config,
      database,
      nodeOrganisation,
      organisations,
      reports,
      indicators,
      imports: new ImportService(reports, new ImportRunRepository(database)),
      close: () => database.close(),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
