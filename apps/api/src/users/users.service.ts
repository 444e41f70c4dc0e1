import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { type Actor, authorize } from '../access/policy.js';
import { Role } from '../access/role.js';
import { AuditService } from '../audit/audit.service.js';
import { badInput, conflict, notFound } from '../common/domain-error.js';
import { requireId } from '../common/validation.js';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../graphql/connection.js';
import { UserEntity } from './user.entity.js';

export interface SetRoleInput {
  userId: unknown;
  role: Role;
  agencyId?: unknown;
}

export interface ListUsersArgs {
  first?: number | null;
  after?: string | null;
  role?: Role | null;
  search?: string | null;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length ? this.db.getRepository(UserEntity).findBy({ id: In([...ids]) }) : [];
  }

  /**
   * Grants a role. Runs under a lock on the admin set so two admins demoting
   * each other at once cannot leave the community without any admin. A grant
   * that changes the role or the agency is recorded in the audit chain; one
   * that changes nothing is not a change, and leaves no event.
   */
  async setRole(actor: Actor | null, input: SetRoleInput): Promise<UserEntity> {
    const userId = requireId('userId', input.userId);
    authorize(actor, 'user.setRole', { userId, role: input.role });
    const agencyId = input.agencyId == null ? null : requireId('agencyId', input.agencyId);
    if (input.role === Role.OFFICIAL && !agencyId) {
      throw badInput('agencyId', 'an official must belong to an agency.');
    }
    if (input.role !== Role.OFFICIAL && agencyId) {
      throw badInput('agencyId', 'only officials belong to an agency.');
    }
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`);
      const user = await tx.getRepository(UserEntity).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('User');
      if (agencyId) {
        const agency = await tx.query(`SELECT 1 FROM agencies WHERE id = $1`, [agencyId]);
        if (agency.length === 0) throw badInput('agencyId', 'no such agency.');
      }
      if (user.role === Role.ADMIN && input.role !== Role.ADMIN) {
        const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM users WHERE role = 'ADMIN'`);
        if (count <= 1) throw conflict('This is the last admin. Make someone else an admin first.');
      }
      const from = user.role;
      const changed = from !== input.role || user.agencyId !== agencyId;
      user.role = input.role;
      user.agencyId = agencyId;
      const saved = await tx.getRepository(UserEntity).save(user);
      if (changed) {
        await this.audit.record(tx, {
          actor,
          action: 'user.setRole',
          targetType: 'USER',
          targetId: saved.id,
          summary: { from, to: input.role, agencyId },
        });
      }
      return saved;
    });
  }

  async list(actor: Actor | null, args: ListUsersArgs): Promise<Connection<UserEntity>> {
    authorize(actor, 'user.list', undefined);
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2);
    const search = args.search?.trim();
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u');
    if (args.role) qb.andWhere('u.role = :role', { role: args.role });
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(new Brackets((w) => w.where('u.display_name ILIKE :like', { like }).orWhere('u.email ILIKE :like', { like })));
    }
    const totalCount = await qb.clone().getCount();
    if (after) {
      qb.andWhere('(u.created_at, u.id) < (:at::timestamptz, :id::uuid)', { at: after[0], id: after[1] });
    }
    const rows = await qb.orderBy('u.created_at', 'DESC').addOrderBy('u.id', 'DESC').limit(limit + 1).getMany();
    return toConnection(rows, limit, (u) => encodeCursor([u.createdAt.toISOString(), u.id]), totalCount, after !== null);
  }
}
