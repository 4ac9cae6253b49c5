import { join } from 'node:path';
import type { Config } from '../config.js';
import { type DatabaseHandle, openDatabase } from '../db/dialect.js';
import { migrateToLatest } from '../db/migrate.js';
import { systemActor } from '../domain/access/roles.js';
import type { RawIndicator } from '../domain/indicators/types.js';
import { CredentialRepository } from '../features/accounts/credential.repository.js';
import { SessionService } from '../features/accounts/session.service.js';
import { TokenService } from '../features/accounts/token.service.js';
import { UserRepository } from '../features/accounts/user.repository.js';
import { UserService } from '../features/accounts/user.service.js';
import { AppealRepository } from '../features/appeals/appeal.repository.js';
import { AppealService } from '../features/appeals/appeal.service.js';
import { AuditRepository } from '../features/audit/audit.repository.js';
import { AuditService } from '../features/audit/audit.service.js';
import { rebuildClusters } from '../features/correlation/cluster.rebuild.js';
import { ClusterRepository } from '../features/correlation/cluster.repository.js';
import { ClusterService } from '../features/correlation/cluster.service.js';
import { HitRepository } from '../features/correlation/hit.repository.js';
import { LinkRepository } from '../features/correlation/link.repository.js';
import { LinkingService } from '../features/correlation/linking.service.js';
import { loadWarninglists } from '../features/correlation/warninglist.loader.js';
import { PeerRepository } from '../features/federation/peer.repository.js';
import { StixImportService } from '../features/federation/stix.import.js';
import { StixRepository } from '../features/federation/stix.repository.js';
import { StixService } from '../features/federation/stix.service.js';
import { StixStaging } from '../features/federation/stix.staging.js';
import { SyncService } from '../features/federation/sync.service.js';
import { TaxiiService } from '../features/federation/taxii.service.js';
import { ImportJobs } from '../features/imports/import.jobs.js';
import { ImportService } from '../features/imports/import.service.js';
import { ImportRunRepository } from '../features/imports/import-run.repository.js';
import { IndicatorRepository } from '../features/indicators/indicator.repository.js';
import { IndicatorService } from '../features/indicators/indicator.service.js';
import {
  OrganisationRepository,
  type OrganisationRow,
} from '../features/organisations/organisation.repository.js';
import { OrganisationService } from '../features/organisations/organisation.service.js';
import { ReportQueries } from '../features/reports/report.queries.js';
import { ReportRepository } from '../features/reports/report.repository.js';
import { ReportService } from '../features/reports/report.service.js';

/** Largest file accepted by an upload from the console (the command line has no limit). */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

/** Everything a node runs on, wired once: each service gets only the repositories it needs. */
export interface App {
  config: Readonly<Config>;
  database: DatabaseHandle;
  nodeOrganisation: OrganisationRow;
  organisations: OrganisationService;
  reports: ReportService;
  indicators: IndicatorService;
  imports: ImportService;
  importJobs: ImportJobs;
  clusters: ClusterService;
  audit: AuditService;
  appeals: AppealService;
  stix: StixService;
  stixImport: StixImportService;
  taxii: TaxiiService;
  sync: SyncService;
  users: UserService;
  sessions: SessionService;
  tokens: TokenService;
  close(): Promise<void>;
}

/**
 * SQLite page cache of bulk imports, in MB. Measured on 300,000 reports (BENCHMARKS.md): with 32 MB instead of
 * the server's 64 the import runs as fast and its peak memory is 40 MB lower: it writes random index pages it
 * seldom touches again within a batch, and the reads that miss come from the operating system's cache.
 */
export const BULK_PAGE_CACHE_MB = 32;

export async function createApp(
  config: Readonly<Config>,
  options: {
    sqliteFile?: string;
    /** A one-shot bulk command (import): a smaller SQLite page cache (see `BULK_PAGE_CACHE_MB`). */
    bulk?: boolean;
  } = {},
): Promise<App> {
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    sqliteFile: options.sqliteFile,
    ...(options.bulk ? { pageCacheMb: BULK_PAGE_CACHE_MB } : {}),
  });
  try {
    await migrateToLatest(database);
    const warninglists = loadWarninglists(config.warninglistDir);
    const linkRepository = new LinkRepository(database);
    const hitRepository = new HitRepository(database);
    const linking = new LinkingService(linkRepository, hitRepository, () => warninglists, config.linkGuard);
    const organisationRepository = new OrganisationRepository(database);
    const audit = new AuditService(new AuditRepository(database));
    const organisations = new OrganisationService(organisationRepository, audit);
    const reports = new ReportService(
      new ReportRepository(database),
      new ReportQueries(database),
      organisationRepository,
      audit,
      () => new Date(),
      config.linking ? linking : undefined,
    );
    const nodeOrganisation = await organisations.ensure(config.nodeOrganisation);
    const indicators = new IndicatorService(new IndicatorRepository(database));
    reports.onWrite(() => indicators.reportsChanged());
    const clusters = new ClusterService(
      new ClusterRepository(database),
      hitRepository,
      linkRepository,
      linking,
      indicators,
      organisations,
      () => warninglists,
      audit,
    );
    // A value a peer cleared after an appeal is cleared here too: the revocation of its listing.
    const revoke = async (raw: RawIndicator, reason: string) => {
      let id: string;
      try {
        id = indicators.identify({ value: raw.value, kind: raw.kind, qualifier: raw }).id;
      } catch {
        return;
      }
      const row = await indicators.record(id);
      if (row && row.link_status !== 'cleared')
        await clusters.clear(
          id,
          `cleared by the node that listed it: ${reason}`,
          systemActor(nodeOrganisation.id),
        );
    };
    const stixImport = new StixImportService(
      reports,
      organisations,
      audit,
      new StixStaging(database),
      revoke,
    );
    const taxii = new TaxiiService(
      new StixRepository(database),
      organisations,
      stixImport,
      config.amberPartners,
    );
    const imports = new ImportService(reports, new ImportRunRepository(database), audit);
    const userRepository = new UserRepository(database);
    const credentials = new CredentialRepository(database);
    // Lists changed since the clusters were last computed (an upgrade, the operator's own lists): recompute.
    if (config.linking && (await clusters.warninglistsChanged()))
      await rebuildClusters(linkRepository, warninglists, new Date().toISOString());
    return {
      config,
      database,
      nodeOrganisation,
      organisations,
      reports,
      indicators,
      imports,
      importJobs: new ImportJobs(imports, join(config.dataDir, 'uploads'), MAX_UPLOAD_BYTES),
      clusters,
      audit,
      stix: new StixService(new StixRepository(database), organisations, audit),
      stixImport,
      taxii,
      sync: new SyncService(new PeerRepository(database), stixImport, audit, nodeOrganisation.id, {
        local: taxii,
      }),
      appeals: new AppealService(
        new AppealRepository(database),
        indicators,
        clusters,
        audit,
        nodeOrganisation.id,
      ),
      users: new UserService(userRepository, credentials, organisations, audit),
      sessions: new SessionService(userRepository, credentials, audit, nodeOrganisation.id),
      tokens: new TokenService(credentials, userRepository, audit),
      close: () => database.close(),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
