import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff members' saved list filters ("Unfulfilled this week"), per admin list. A view is its owner's
 * unless shared with every staff member; names are unique per owner and list, ignoring case.
 */
export class SavedViews1765670400000 implements MigrationInterface {
  name = 'SavedViews1765670400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE saved_views (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
        resource text NOT NULL,
        name text NOT NULL,
        filters jsonb NOT NULL DEFAULT '{}',
        shared boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX saved_views_name_key ON saved_views (staff_id, resource, lower(name));
      CREATE INDEX saved_views_shared_idx ON saved_views (resource, created_at) WHERE shared;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE saved_views`);
  }
}
