import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail log tells when each delivery attempt happened and when the next automatic one is due (null
 * once sent or given up: only then may staff retry it by hand); failed mail is listed on its own.
 */
export class MailDeliveryLog1765497600000 implements MigrationInterface {
  name = 'MailDeliveryLog1765497600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE mail_messages ADD COLUMN last_attempt_at timestamptz(3), ADD COLUMN next_attempt_at timestamptz(3);
      CREATE INDEX mail_messages_failed_idx ON mail_messages (created_at DESC, id DESC) WHERE status = 'failed';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX mail_messages_failed_idx;
      ALTER TABLE mail_messages DROP COLUMN last_attempt_at, DROP COLUMN next_attempt_at;
    `);
  }
}
