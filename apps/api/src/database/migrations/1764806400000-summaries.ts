import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Summaries1764806400000 implements MigrationInterface {
  name = 'Summaries1764806400000';

  async up(q: QueryRunner): Promise<void> {
    // Secrets made once per installation and never shown. summary_pseudonym_key keys the pseudonyms people get in a
    // summary's opinion map: stable, so a brief can be reproduced, and secret, so account ids cannot be matched to
    // points by hashing them.
    await q.query(`
      CREATE TABLE instance_secrets (
        name varchar(60) PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO instance_secrets (name, value)
      VALUES ('summary_pseudonym_key', encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')), 'hex'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE instance_secrets`);
  }
}
