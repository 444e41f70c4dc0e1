import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { z } from 'zod';
import { type Actor, authorize } from '../access/policy.js';
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

const CHILD_LEVEL: Record<AreaLevel, AreaLevel | null> = {
  [AreaLevel.REGENCY]: AreaLevel.DISTRICT,
  [AreaLevel.DISTRICT]: AreaLevel.VILLAGE,
  [AreaLevel.VILLAGE]: null,
};

/** Areas, categories and agencies: read by everyone, managed by admins. */
@Injectable()
export class ReferenceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
      return this.saveUnique(tx, AreaEntity, {
        name: data.name,
        slug: await this.freeSlug(tx, 'areas', data.name),
        level,
        parentId: data.parentId ?? null,
        supportThreshold: data.supportThreshold ?? null,
      }, 'An area with this name already exists here.');
    });
  }

  async updateArea(actor: Actor | null, id: unknown, input: unknown): Promise<AreaEntity> {
    authorize(actor, 'reference.manage', undefined);
    const areaId = requireId('id', id);
    const data = parseInput(areaUpdate, input, 'input');
    return this.db.transaction(async (tx) => {
      const area = await tx.getRepository(AreaEntity).findOne({ where: { id: areaId }, lock: { mode: 'pessimistic_write' } });
      if (!area) throw notFound('Area');
      if (data.parentId !== undefined && (data.parentId ?? null) !== area.parentId) {
        const level = await this.levelUnder(tx, data.parentId ?? null);
        if (level !== area.level) {
          throw badInput('input.parentId', `a ${area.level.toLowerCase()} must sit under a ${this.parentLevelName(area.level)}.`);
        }
        area.parentId = data.parentId ?? null;
      }
      if (data.name !== undefined) area.name = data.name;
      if (data.supportThreshold !== undefined) area.supportThreshold = data.supportThreshold ?? null;
      return this.saveUnique(tx, AreaEntity, area, 'An area with this name already exists here.');
    });
  }

  async deleteArea(actor: Actor | null, id: unknown): Promise<boolean> {
    authorize(actor, 'reference.manage', undefined);
    return this.deleteUnused(AreaEntity, requireId('id', id), 'Area', 'This area still has villages or districts, or is in use. Move or remove those first.');
  }

  async createAgency(actor: Actor | null, input: unknown): Promise<AgencyEntity> {
    authorize(actor, 'reference.manage', undefined);
    const data = parseInput(agencyCreate, input, 'input');
    return this.db.transaction(async (tx) =>
      this.saveUnique(tx, AgencyEntity, {
        name: data.name,
        shortName: data.shortName ?? null,
        slug: await this.freeSlug(tx, 'agencies', data.shortName ?? data.name),
      }, 'An agency with this name already exists.'),
    );
  }

  async updateAgency(actor: Actor | null, id: unknown, input: unknown): Promise<AgencyEntity> {
    authorize(actor, 'reference.manage', undefined);
    const agencyId = requireId('id', id);
    const data = parseInput(agencyUpdate, input, 'input');
    return this.db.transaction(async (tx) => {
      const agency = await tx.getRepository(AgencyEntity).findOneBy({ id: agencyId });
      if (!agency) throw notFound('Agency');
      if (data.name !== undefined) agency.name = data.name;
      if (data.shortName !== undefined) agency.shortName = data.shortName ?? null;
      return this.saveUnique(tx, AgencyEntity, agency, 'An agency with this name already exists.');
    });
  }

  async deleteAgency(actor: Actor | null, id: unknown): Promise<boolean> {
    authorize(actor, 'reference.manage', undefined);
    return this.deleteUnused(AgencyEntity, requireId('id', id), 'Agency', 'Officials still belong to this agency. Give them another agency first.');
  }

  async createCategory(actor: Actor | null, input: unknown): Promise<CategoryEntity> {
    authorize(actor, 'reference.manage', undefined);
    const data = parseInput(categoryCreate, input, 'input');
    return this.db.transaction(async (tx) => {
      if (data.defaultAgencyId) await this.requireAgency(tx, data.defaultAgencyId);
      return this.saveUnique(tx, CategoryEntity, {
        name: data.name,
        nameEn: data.nameEn ?? null,
        slug: await this.freeSlug(tx, 'categories', data.name),
        defaultAgencyId: data.defaultAgencyId ?? null,
      }, 'A category with this name already exists.');
    });
  }

  async updateCategory(actor: Actor | null, id: unknown, input: unknown): Promise<CategoryEntity> {
    authorize(actor, 'reference.manage', undefined);
    const categoryId = requireId('id', id);
    const data = parseInput(categoryUpdate, input, 'input');
    return this.db.transaction(async (tx) => {
      const category = await tx.getRepository(CategoryEntity).findOneBy({ id: categoryId });
      if (!category) throw notFound('Category');
      if (data.defaultAgencyId) await this.requireAgency(tx, data.defaultAgencyId);
      if (data.name !== undefined) category.name = data.name;
      if (data.nameEn !== undefined) category.nameEn = data.nameEn ?? null;
      if (data.defaultAgencyId !== undefined) category.defaultAgencyId = data.defaultAgencyId ?? null;
      return this.saveUnique(tx, CategoryEntity, category, 'A category with this name already exists.');
    });
  }

  async deleteCategory(actor: Actor | null, id: unknown): Promise<boolean> {
    authorize(actor, 'reference.manage', undefined);
    return this.deleteUnused(CategoryEntity, requireId('id', id), 'Category', 'This category is in use.');
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

  private async deleteUnused(entity: new () => object, id: string, what: string, inUse: string): Promise<boolean> {
    try {
      const result = await this.db.getRepository(entity).delete(id);
      if (!result.affected) throw notFound(what);
      return true;
    } catch (error) {
      if (pgErrorCode(error) === PG_FOREIGN_KEY_VIOLATION) throw conflict(inUse);
      throw error;
    }
  }
}
