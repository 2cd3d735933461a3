import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform foundation: the outbox, identities (customers, staff, API keys), sessions and
 * one-time tokens, and the mail log. PostgreSQL 15 SQL that PGlite (PostgreSQL 18) runs unchanged.
 * Timestamps that lists sort on are timestamptz(3), so keyset cursors (milliseconds) compare exactly.
 */
export class Foundation1764115200000 implements MigrationInterface {
  name = 'Foundation1764115200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'processing', 'dispatched', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL DEFAULT 8 CHECK (max_attempts > 0),
        available_at timestamptz(3) NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        completed_at timestamptz(3)
      );
      CREATE INDEX outbox_messages_due_idx ON outbox_messages (available_at) WHERE status = 'pending';
      CREATE INDEX outbox_messages_list_idx ON outbox_messages (created_at DESC, id DESC);
      CREATE INDEX outbox_messages_status_list_idx ON outbox_messages (status, created_at DESC, id DESC);
      CREATE INDEX outbox_messages_topic_list_idx ON outbox_messages (topic, created_at DESC, id DESC);

      CREATE TABLE customers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text,
        first_name text NOT NULL DEFAULT '',
        last_name text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT customers_email_key UNIQUE (email),
        CONSTRAINT customers_email_lower CHECK (email = lower(email))
      );
      CREATE INDEX customers_list_idx ON customers (created_at DESC, id DESC);

      CREATE TABLE staff_users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL
          CHECK (role IN ('owner', 'manager', 'catalog', 'fulfilment', 'support', 'analyst')),
        status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'deactivated')),
        password_hash text,
        invited_by uuid REFERENCES staff_users (id),
        last_sign_in_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT staff_users_email_key UNIQUE (email),
        CONSTRAINT staff_users_email_lower CHECK (email = lower(email))
      );
      CREATE INDEX staff_users_list_idx ON staff_users (created_at, id);
      CREATE INDEX staff_users_role_idx ON staff_users (role) WHERE status = 'active';

      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        prefix text NOT NULL,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL,
        created_by uuid NOT NULL REFERENCES staff_users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_used_at timestamptz(3),
        expires_at timestamptz(3),
        revoked_at timestamptz(3),
        CONSTRAINT api_keys_secret_hash_key UNIQUE (secret_hash)
      );
      CREATE INDEX api_keys_list_idx ON api_keys (created_at DESC, id DESC);

      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        subject_type text NOT NULL CHECK (subject_type IN ('customer', 'staff')),
        subject_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        revoked_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT refresh_tokens_token_hash_key UNIQUE (token_hash)
      );
      CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
      CREATE INDEX refresh_tokens_subject_idx ON refresh_tokens (subject_type, subject_id) WHERE revoked_at IS NULL;

      CREATE TABLE one_time_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose text NOT NULL CHECK (purpose IN ('password_reset', 'staff_invite')),
        subject_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT one_time_tokens_token_hash_key UNIQUE (token_hash)
      );
      CREATE INDEX one_time_tokens_subject_idx ON one_time_tokens (purpose, subject_id) WHERE used_at IS NULL;

      CREATE TABLE mail_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        template text NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text,
        html_body text,
        sensitive boolean NOT NULL DEFAULT false,
        transport text NOT NULL CHECK (transport IN ('local', 'smtp')),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        sent_at timestamptz(3)
      );
      CREATE INDEX mail_messages_list_idx ON mail_messages (created_at DESC, id DESC);
      CREATE INDEX mail_messages_to_idx ON mail_messages (to_address, created_at DESC, id DESC);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE mail_messages;
      DROP TABLE one_time_tokens;
      DROP TABLE refresh_tokens;
      DROP TABLE api_keys;
      DROP TABLE staff_users;
      DROP TABLE customers;
      DROP TABLE outbox_messages;
    `);
  }
}
