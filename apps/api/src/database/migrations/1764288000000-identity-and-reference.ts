import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityAndReference1764288000000 implements MigrationInterface {
  name = 'IdentityAndReference1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE area_level AS ENUM ('REGENCY', 'DISTRICT', 'VILLAGE')`);
    await q.query(`CREATE TYPE user_role AS ENUM ('CITIZEN', 'MODERATOR', 'OFFICIAL', 'ADMIN')`);

    await q.query(`
      CREATE TABLE areas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL,
        slug varchar(140) NOT NULL UNIQUE,
        level area_level NOT NULL,
        parent_id uuid REFERENCES areas(id) ON DELETE RESTRICT,
        support_threshold integer CHECK (support_threshold > 0),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((level = 'REGENCY') = (parent_id IS NULL))
      )`);
    await q.query(`CREATE INDEX areas_parent_idx ON areas (parent_id)`);
    await q.query(`CREATE UNIQUE INDEX areas_sibling_name_idx ON areas (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))`);

    await q.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(160) NOT NULL,
        short_name varchar(40),
        slug varchar(180) NOT NULL UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX agencies_name_idx ON agencies (lower(name))`);

    await q.query(`
      CREATE TABLE categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(80) NOT NULL,
        name_en varchar(80),
        slug varchar(100) NOT NULL UNIQUE,
        default_agency_id uuid REFERENCES agencies(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX categories_name_idx ON categories (lower(name))`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        password_hash text NOT NULL,
        display_name varchar(50) NOT NULL,
        role user_role NOT NULL DEFAULT 'CITIZEN',
        agency_id uuid REFERENCES agencies(id) ON DELETE RESTRICT,
        area_id uuid REFERENCES areas(id) ON DELETE SET NULL,
        locale varchar(5) NOT NULL DEFAULT 'id',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (email = lower(email)),
        CHECK ((role = 'OFFICIAL') = (agency_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_idx ON users (email)`);
    await q.query(`CREATE INDEX users_role_idx ON users (role)`);
    await q.query(`CREATE INDEX users_agency_idx ON users (agency_id) WHERE agency_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_seen_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3)
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE categories`);
    await q.query(`DROP TABLE agencies`);
    await q.query(`DROP TABLE areas`);
    await q.query(`DROP TYPE user_role`);
    await q.query(`DROP TYPE area_level`);
  }
}
