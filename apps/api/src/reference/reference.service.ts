import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JsonValue } from '@rembug/audit-chain';
import { DataSource, type EntityManager, type FindOptionsWhere, In } from 'typeorm';
import { z } from 'zod';
import { type Actor, authorize } from '../access/policy.js';
import { AuditService } from '../audit/audit.service.js';
import { badInput, conflict, notFound } from '../common/domain-error.js';
import { PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, pgErrorCode } from '../common/postgres-errors.js';
import { slugify } from '../common/slug.js';
import { isUuid, parseInput, plainLine, requireId } from '../common/validation.js';
import { AgencyEntity } from './agency.entity.js';
import { AreaEntity, AreaLevel } from './area.entity.js';
import { CategoryEntity } from './category.entity.js';

const optionalId = z
  .string()
  .nullish()
  .refine((v) => v == null || isUuid(v), 'is not a valid id.');
const threshold = z.number().int('must be a whole number.').min(1, 'must be at least 1.').max(1_000_000, 'is too large.').nullish();

const areaCreate = z.object({ name: plainLine(2, 120), parentId: optionalId, supportThreshold: threshold });
const areaUpdate = z.object({ name: plainLine(2, 120).optional(), parentId: optionalId, supportThreshold: threshold });
const agencyCreate = z.object({ name: plainLine(2, 160), shortName: plainLine(1, 40).nullish() });
const agencyUpdate = agencyCreate.partial();
const categoryCreate = z.object({ name: plainLine(2, 80), nameEn: plainLine(2, 80).nullish(), defaultAgencyId: optionalId });
const categoryUpdate = categoryCreate.partial();

/** What an audit event says about each kind: the public facts, all of them small. */
const AREA_FIELDS = ['name', 'parentId', 'supportThreshold'] as const;
const AGENCY_FIELDS = ['name', 'shortName'] as const;
const CATEGORY_FIELDS = ['name', 'nameEn', 'defaultAgencyId'] as const;

/**
 * The fields whose values differ, with both values: `{ changed: ['name'], from: { name: 'A' }, to: { name: 'B' } }`.
 * Reference data is public, so the values themselves may go into the audit log.
 */
function changes<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]) {
  const changed = fields.filter((f) => before[f] !== after[f]);
  const pick = (row: T) => Object.fromEntries(changed.map((f) => [f, (row[f] ?? null) as JsonValue]));
  return { changed, from: pick(before), to: pick(after) };
}

const CHILD_LEVEL: Record<AreaLevel, AreaLevel | null> = {
  [AreaLevel.REGENCY]: AreaLevel.DISTRICT,
  [AreaLevel.DISTRICT]: AreaLevel.VILLAGE,
  [AreaLevel.VILLAGE]: null,
};

/** Areas, categories and agencies: read by everyone, managed by admins. */
@Injectable()
export class ReferenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  areas(): Promise<AreaEntity[]> {
    return this.db
      .getRepository(AreaEntity)
      .createQueryBuilder('a')
      .orderBy(`array_position(ARRAY['REGENCY','DISTRICT','VILLAGE']::area_level[], a.level)`)
      .addOrderBy('a.name')
      .getMany();
  }

  categories(): Promise<CategoryEntity[]> {
    return this.db.getRepository(CategoryEntity).find({ order: { name: 'ASC' } });
  }

  agencies(): Promise<AgencyEntity[]> {
    return this.db.getRepository(AgencyEntity).find({ order: { name: 'ASC' } });
  }

  areasByIds(ids: readonly string[]): Promise<AreaEntity[]> {
    return this.db.getRepository(AreaEntity).findBy({ id: In([...ids]) });
  }

  agenciesByIds(ids: readonly string[]): Promise<AgencyEntity[]> {
    return this.db.getRepository(AgencyEntity).findBy({ id: In([...ids]) });
  }

  categoriesByIds(ids: readonly string[]): Promise<CategoryEntity[]> {
    return this.db.getRepository(CategoryEntity).findBy({ id: In([...ids]) });
  }

  childrenOf(parentIds: readonly string[]): Promise<AreaEntity[]> {
    return this.db.getRepository(AreaEntity).find({ where: { parentId: In([...parentIds]) }, order: { name: 'ASC' } });
  }

  async findArea(id: unknown): Promise<AreaEntity | null> {
    return isUuid(id) ? this.db.getRepository(AreaEntity).findOneBy({ id }) : null;
  }

  /** The support threshold in force for each area: its own, else the nearest ancestor's, else the default. */
  async supportThresholdsFor(areaIds: readonly string[], fallback: number): Promise<Map<string, number>> {
    const rows: { origin: string; support_threshold: number }[] = await this.db.query(
      `WITH RECURSIVE up AS (
         SELECT id AS origin, parent_id, support_threshold, 0 AS depth FROM areas WHERE id = ANY($1::uuid[])
         UNION ALL
         SELECT up.origin, a.parent_id, a.support_threshold, up.depth + 1
           FROM areas a JOIN up ON a.id = up.parent_id
          WHERE up.support_threshold IS NULL
       )
       SELECT DISTINCT ON (origin) origin, support_threshold
         FROM up WHERE support_threshold IS NOT NULL ORDER BY origin, depth`,
      [areaIds],
    );
    const found = new Map(rows.map((r) => [r.origin, r.support_threshold]));
    return new Map(areaIds.map((id) => [id, found.get(id) ?? fallback]));
  }

  async createArea(actor: Actor | null, input: unknown): Promise<AreaEntity> {
    authorize(actor, 'reference.manage', undefined);
    const data = parseInput(areaCreate, input, 'input');
    return this.db.transaction(async (tx) => {
      const level = await this.levelUnder(tx, data.parentId ?? null);
      const area = await this.saveUnique(tx, AreaEntity, {
        name: data.name,
        slug: await this.freeSlug(tx, 'areas', data.name),
        level,
        parentId: data.parentId ?? null,
        supportThreshold: data.supportThreshold ?? null,
      }, 'An area with this name already exists here.');
      await this.audit.record(tx, {
        actor,
        action: 'area.create',
        targetType: 'AREA',
        targetId: area.id,
        summary: { name: area.name, level: area.level, parentId: area.parentId, supportThreshold: area.supportThreshold },
      });
      return area;
    });
  }

  async updateArea(actor: Actor | null, id: unknown, input: unknown): Promise<AreaEntity> {
    authorize(actor, 'reference.manage', undefined);
    const areaId = requireId('id', id);
    const data = parseInput(areaUpdate, input, 'input');
    return this.db.transaction(async (tx) => {
      const area = await tx.getRepository(AreaEntity).findOne({ where: { id: areaId }, lock: { mode: 'pessimistic_write' } });
      if (!area) throw notFound('Area');
      const before = { ...area };
      if (data.parentId !== undefined && (data.parentId ?? null) !== area.parentId) {
        const level = await this.levelUnder(tx, data.parentId ?? null);
        if (level !== area.level) {
          throw badInput('input.parentId', `a ${area.level.toLowerCase()} must sit under a ${this.parentLevelName(area.level)}.`);
        }
        area.parentId = data.parentId ?? null;
      }
      if (data.name !== undefined) area.name = data.name;
      if (data.supportThreshold !== undefined) area.supportThreshold = data.supportThreshold ?? null;
      const saved = await this.saveUnique(tx, AreaEntity, area, 'An area with this name already exists here.');
      await this.recordUpdate(tx, actor, 'area.update', 'AREA', saved.id, changes(before, saved, AREA_FIELDS));
      return saved;
    });
  }

  async deleteArea(actor: Actor | null, id: unknown): Promise<boolean> {
    authorize(actor, 'reference.manage', undefined);
    return this.deleteUnused(actor, AreaEntity, requireId('id', id), {
      what: 'Area',
      inUse: 'This area still has villages or districts, or is in use. Move or remove those first.',
      action: 'area.delete',
      targetType: 'AREA',
      summary: (area) => ({ name: area.name, level: area.level, parentId: area.parentId }),
    });
  }

  async createAgency(actor: Actor | null, input: unknown): Promise<AgencyEntity> {
    authorize(actor, 'reference.manage', undefined);
    const data = parseInput(agencyCreate, input, 'input');
    return this.db.transaction(async (tx) => {
      const agency = await this.saveUnique(tx, AgencyEntity, {
        name: data.name,
        shortName: data.shortName ?? null,
        slug: await this.freeSlug(tx, 'agencies', data.shortName ?? data.name),
      }, 'An agency with this name already exists.');
      await this.audit.record(tx, {
        actor,
        action: 'agency.create',
        targetType: 'AGENCY',
        targetId: agency.id,
        summary: { name: agency.name, shortName: agency.shortName },
      });
      return agency;
    });
  }

  async updateAgency(actor: Actor | null, id: unknown, input: unknown): Promise<AgencyEntity> {
    authorize(actor, 'reference.manage', undefined);
    const agencyId = requireId('id', id);
    const data = parseInput(agencyUpdate, input, 'input');
    return this.db.transaction(async (tx) => {
      // Locked, so the event's `from` values are the ones this update replaced.
      const agency = await tx.getRepository(AgencyEntity).findOne({ where: { id: agencyId }, lock: { mode: 'pessimistic_write' } });
      if (!agency) throw notFound('Agency');
      const before = { ...agency };
      if (data.name !== undefined) agency.name = data.name;
      if (data.shortName !== undefined) agency.shortName = data.shortName ?? null;
      const saved = await this.saveUnique(tx, AgencyEntity, agency, 'An agency with this name already exists.');
      await this.recordUpdate(tx, actor, 'agency.update', 'AGENCY', saved.id, changes(before, saved, AGENCY_FIELDS));
      return saved;
    });
  }

  async deleteAgency(actor: Actor | null, id: unknown): Promise<boolean> {
    authorize(actor, 'reference.manage', undefined);
    return this.deleteUnused(actor, AgencyEntity, requireId('id', id), {
      what: 'Agency',
      inUse: 'Officials still belong to this agency. Give them another agency first.',
      action: 'agency.delete',
      targetType: 'AGENCY',
      summary: (agency) => ({ name: agency.name, shortName: agency.shortName }),
    });
  }

  async createCategory(actor: Actor | null, input: unknown): Promise<CategoryEntity> {
    authorize(actor, 'reference.manage', undefined);
    const data = parseInput(categoryCreate, input, 'input');
    return this.db.transaction(async (tx) => {
      if (data.defaultAgencyId) await this.requireAgency(tx, data.defaultAgencyId);
      const category = await this.saveUnique(tx, CategoryEntity, {
        name: data.name,
        nameEn: data.nameEn ?? null,
        slug: await this.freeSlug(tx, 'categories', data.name),
        defaultAgencyId: data.defaultAgencyId ?? null,
      }, 'A category with this name already exists.');
      await this.audit.record(tx, {
        actor,
        action: 'category.create',
        targetType: 'CATEGORY',
        targetId: category.id,
        summary: { name: category.name, nameEn: category.nameEn, defaultAgencyId: category.defaultAgencyId },
      });
      return category;
    });
  }

  async updateCategory(actor: Actor | null, id: unknown, input: unknown): Promise<CategoryEntity> {
    authorize(actor, 'reference.manage', undefined);
    const categoryId = requireId('id', id);
    const data = parseInput(categoryUpdate, input, 'input');
    return this.db.transaction(async (tx) => {
      // Locked, so the event's `from` values are the ones this update replaced.
      const category = await tx.getRepository(CategoryEntity).findOne({ where: { id: categoryId }, lock: { mode: 'pessimistic_write' } });
      if (!category) throw notFound('Category');
      const before = { ...category };
      if (data.defaultAgencyId) await this.requireAgency(tx, data.defaultAgencyId);
      if (data.name !== undefined) category.name = data.name;
      if (data.nameEn !== undefined) category.nameEn = data.nameEn ?? null;
      if (data.defaultAgencyId !== undefined) category.defaultAgencyId = data.defaultAgencyId ?? null;
      const saved = await this.saveUnique(tx, CategoryEntity, category, 'A category with this name already exists.');
      await this.recordUpdate(tx, actor, 'category.update', 'CATEGORY', saved.id, changes(before, saved, CATEGORY_FIELDS));
      return saved;
    });
  }

  async deleteCategory(actor: Actor | null, id: unknown): Promise<boolean> {
    authorize(actor, 'reference.manage', undefined);
    return this.deleteUnused(actor, CategoryEntity, requireId('id', id), {
      what: 'Category',
      inUse: 'This category is in use.',
      action: 'category.delete',
      targetType: 'CATEGORY',
      summary: (category) => ({ name: category.name }),
    });
  }

  private async levelUnder(tx: EntityManager, parentId: string | null): Promise<AreaLevel> {
    if (!parentId) {
      const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM areas WHERE level = 'REGENCY'`);
      if (count > 0) throw badInput('input.parentId', 'the regency already exists; choose the district or regency this area belongs to.');
      return AreaLevel.REGENCY;
    }
    const parent = await tx.getRepository(AreaEntity).findOneBy({ id: parentId });
    if (!parent) throw badInput('input.parentId', 'no such area.');
    const level = CHILD_LEVEL[parent.level];
    if (!level) throw badInput('input.parentId', 'a village cannot contain other areas.');
    return level;
  }

  private parentLevelName(level: AreaLevel): string {
    return level === AreaLevel.VILLAGE ? 'district' : level === AreaLevel.DISTRICT ? 'regency' : 'nothing';
  }

  private async requireAgency(tx: EntityManager, id: string): Promise<void> {
    const found = await tx.query(`SELECT 1 FROM agencies WHERE id = $1`, [id]);
    if (found.length === 0) throw badInput('input.defaultAgencyId', 'no such agency.');
  }

  private async freeSlug(tx: EntityManager, table: 'areas' | 'agencies' | 'categories', name: string): Promise<string> {
    const base = slugify(name);
    const rows: { slug: string }[] = await tx.query(`SELECT slug FROM ${table} WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`]);
    const taken = new Set(rows.map((r) => r.slug));
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  private async saveUnique<E extends object>(tx: EntityManager, entity: new () => E, values: Partial<E>, message: string): Promise<E> {
    try {
      return await tx.getRepository(entity).save(tx.getRepository(entity).create(values as E));
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw conflict(message);
      throw error;
    }
  }

  /** An update that changed nothing is no change of state, so it leaves no event. */
  private async recordUpdate(
    tx: EntityManager,
    actor: Actor,
    action: string,
    targetType: string,
    targetId: string,
    diff: { changed: string[]; from: Record<string, JsonValue>; to: Record<string, JsonValue> },
  ): Promise<void> {
    if (diff.changed.length === 0) return;
    await this.audit.record(tx, { actor, action, targetType, targetId, summary: diff });
  }

  /**
   * Deletes a row and records it, in one transaction: a row still referenced fails on its foreign key, the
   * transaction rolls back with its event, and the caller gets CONFLICT.
   */
  private async deleteUnused<E extends { id: string }>(
    actor: Actor,
    entity: new () => E,
    id: string,
    how: { what: string; inUse: string; action: string; targetType: string; summary: (row: E) => JsonValue },
  ): Promise<boolean> {
    try {
      return await this.db.transaction(async (tx) => {
        const repository = tx.getRepository(entity);
        const row = await repository.findOne({ where: { id } as FindOptionsWhere<E>, lock: { mode: 'pessimistic_write' } });
        if (!row) throw notFound(how.what);
        await repository.delete(id);
        await this.audit.record(tx, { actor, action: how.action, targetType: how.targetType, targetId: id, summary: how.summary(row) });
        return true;
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_FOREIGN_KEY_VIOLATION) throw conflict(how.inUse);
      throw error;
    }
  }
}
