import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import path from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { Role } from '../access/role.js';
import { AuthService } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import { API_ROOT, APP_CONFIG, type AppConfig } from '../config/config.js';
import { slugify } from '../common/slug.js';
import { email as emailSchema } from '../common/validation.js';
import { AreaLevel } from '../reference/area.entity.js';
import { CommentsService } from '../comments/comments.service.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { ThreadsService } from '../threads/threads.service.js';
import { crowdMembers, demoContentSchema, seedDemoContent } from './demo-content.js';
import { demoSeedSchema, readSeedFile, referenceSeedSchema, type ReferenceSeed } from './seed-files.js';

// Held while seeding so that instances starting together do not seed twice.
const STARTUP_LOCK = 7_261_844;
const LEVELS = [AreaLevel.REGENCY, AreaLevel.DISTRICT, AreaLevel.VILLAGE];

/** One-time work on start: reference data into an empty database, the first admin, the demo community. */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Startup');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly threads: ThreadsService,
    private readonly comments: CommentsService,
    private readonly proposals: ProposalsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [STARTUP_LOCK]);
      await this.seedReference(tx);
      await this.bootstrapAdmin(tx);
      if (this.config.demoData) await this.seedDemo(tx);
    });
    if (this.config.demoData) await this.seedDemoDiscussions();
  }

  /**
   * The demo's threads, proposals and votes go through the services, each in its
   * own transaction; a session lock keeps a second instance from doing it too.
   */
  private async seedDemoDiscussions(): Promise<void> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
      const content = await readSeedFile(path.join(API_ROOT, 'seed/demo-content.json'), demoContentSchema);
      const [done] = await runner.query(
        `SELECT 1 FROM threads t JOIN users u ON u.id = t.author_id WHERE u.email = $1 LIMIT 1`,
        [content.threads[0]?.author.toLowerCase() ?? ''],
      );
      if (done || content.threads.length === 0) return;
      await seedDemoContent(this.db, { threads: this.threads, comments: this.comments, proposals: this.proposals }, content, this.logger);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  private async seedReference(tx: EntityManager): Promise<void> {
    if (!this.config.seedReferenceFile) return;
    const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM areas`);
    if (count > 0) return;
    const seed = await readSeedFile(this.config.seedReferenceFile, referenceSeedSchema);
    await this.insertArea(tx, seed.region, null, 0);
    const agencyIds = new Map<string, string>();
    for (const agency of seed.agencies) {
      const [row] = await tx.query(`INSERT INTO agencies (name, short_name, slug) VALUES ($1, $2, $3) RETURNING id`, [
        agency.name,
        agency.shortName ?? null,
        slugify(agency.shortName ?? agency.name),
      ]);
      agencyIds.set(agency.name, row.id);
      if (agency.shortName) agencyIds.set(agency.shortName, row.id);
    }
    for (const category of seed.categories) {
      const agencyId = category.defaultAgency ? agencyIds.get(category.defaultAgency) : null;
      if (category.defaultAgency && !agencyId) {
        throw new Error(`Seed category "${category.name}" names unknown agency "${category.defaultAgency}"`);
      }
      await tx.query(`INSERT INTO categories (name, name_en, slug, default_agency_id) VALUES ($1, $2, $3, $4)`, [
        category.name,
        category.nameEn ?? null,
        slugify(category.name),
        agencyId ?? null,
      ]);
    }
    this.logger.log(`Reference data loaded from ${path.relative(process.cwd(), this.config.seedReferenceFile)}`);
  }

  private async insertArea(tx: EntityManager, node: ReferenceSeed['region'], parent: { id: string; slug: string } | null, depth: number): Promise<void> {
    const level = LEVELS[depth];
    if (!level) throw new Error(`Seed area "${node.name}" is nested deeper than villages`);
    // Village names repeat across districts, so a child's slug carries its parent's.
    const slug = parent && depth > 1 ? `${parent.slug}-${slugify(node.name)}` : slugify(node.name);
    const [row] = await tx.query(
      `INSERT INTO areas (name, slug, level, parent_id, support_threshold) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [node.name, slug, level, parent?.id ?? null, node.supportThreshold ?? null],
    );
    for (const child of node.children ?? []) await this.insertArea(tx, child, { id: row.id, slug }, depth + 1);
  }

  /**
   * Creates the first admin when none exists. If the address is already taken
   * by an ordinary account, that account becomes the admin with the configured
   * password and its sessions end, so whoever registered it first gains nothing.
   */
  private async bootstrapAdmin(tx: EntityManager): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM users WHERE role = 'ADMIN'`);
    if (count > 0) return;
    const parsed = emailSchema.safeParse(adminEmail);
    if (!parsed.success) throw new Error('ADMIN_EMAIL is not a valid email address');
    if (adminPassword.length < 10) throw new Error('ADMIN_PASSWORD must be at least 10 characters');
    const passwordHash = await hashPassword(adminPassword);
    const [existing] = await tx.query(`SELECT id FROM users WHERE email = $1`, [parsed.data]);
    if (existing) {
      await tx.query(`UPDATE users SET role = 'ADMIN', agency_id = NULL, password_hash = $2, updated_at = now() WHERE id = $1`, [existing.id, passwordHash]);
      await this.auth.revokeAllSessions(existing.id, tx);
      this.logger.warn('ADMIN_EMAIL belonged to an existing account: it is now the admin, with ADMIN_PASSWORD');
    } else {
      await tx.query(`INSERT INTO users (email, password_hash, display_name, role) VALUES ($1, $2, $3, 'ADMIN')`, [parsed.data, passwordHash, 'Admin']);
      this.logger.log('Admin account created from ADMIN_EMAIL');
    }
  }

  private async seedDemo(tx: EntityManager): Promise<void> {
    const seed = await readSeedFile(path.join(API_ROOT, 'seed/demo.json'), demoSeedSchema);
    const [marker] = await tx.query(`SELECT 1 FROM users WHERE email = $1`, [seed.users[0].email.toLowerCase()]);
    if (marker) return;
    const passwordHash = await hashPassword(seed.password);
    for (const user of seed.users) {
      const [area] = user.area ? await tx.query(`SELECT id FROM areas WHERE name = $1 ORDER BY level DESC LIMIT 1`, [user.area]) : [];
      const [agency] = user.agency
        ? await tx.query(`SELECT id FROM agencies WHERE short_name = $1 OR name = $1 LIMIT 1`, [user.agency])
        : [];
      if (user.role === Role.OFFICIAL && !agency) continue;
      await tx.query(
        `INSERT INTO users (email, password_hash, display_name, role, area_id, agency_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (email) DO NOTHING`,
        [user.email.toLowerCase(), passwordHash, user.displayName, user.role, area?.id ?? null, user.role === Role.OFFICIAL ? agency.id : null],
      );
    }
    const content = await readSeedFile(path.join(API_ROOT, 'seed/demo-content.json'), demoContentSchema);
    const crowd = crowdMembers(content.crowd);
    for (const member of crowd) {
      await tx.query(
        `INSERT INTO users (email, password_hash, display_name, role) VALUES ($1, $2, $3, 'CITIZEN') ON CONFLICT (email) DO NOTHING`,
        [member.email, passwordHash, member.displayName],
      );
    }
    this.logger.log(`Demo community created (${seed.users.length + crowd.length} accounts)`);
  }
}
