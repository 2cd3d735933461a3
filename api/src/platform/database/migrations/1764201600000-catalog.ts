import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalog (products, variants, options, categories, collections, images), prices and sales with
 * the stored current price of every variant, stock (locations, levels, the append-only movement
 * ledger), delivery (zones and methods), store settings, idempotency keys and CSV imports.
 */
export class Catalog1764201600000 implements MigrationInterface {
  name = 'Catalog1764201600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      CREATE TABLE categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id uuid REFERENCES categories (id),
        ancestors uuid[] NOT NULL DEFAULT '{}',
        name text NOT NULL,
        handle text NOT NULL CHECK (handle ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        description text NOT NULL DEFAULT '',
        position integer NOT NULL DEFAULT 0,
        seo_title text,
        seo_description text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT categories_handle_key UNIQUE (handle)
      );
      CREATE INDEX categories_tree_idx ON categories (parent_id, position, name);
      CREATE INDEX categories_ancestors_idx ON categories USING gin (ancestors);

      CREATE TABLE collections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handle text NOT NULL CHECK (handle ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        featured boolean NOT NULL DEFAULT false,
        position integer NOT NULL DEFAULT 0,
        seo_title text,
        seo_description text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT collections_handle_key UNIQUE (handle)
      );
      CREATE INDEX collections_list_idx ON collections (featured DESC, position, id);

      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handle text NOT NULL CHECK (handle ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text NOT NULL,
        subtitle text NOT NULL DEFAULT '',
        vendor text NOT NULL DEFAULT '',
        description_md text NOT NULL DEFAULT '',
        description_html text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'archived')),
        category_id uuid REFERENCES categories (id),
        tags text[] NOT NULL DEFAULT '{}',
        seo_title text,
        seo_description text,
        sales_count integer NOT NULL DEFAULT 0,
        published_at timestamptz(3),
        search_vector tsvector,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT products_handle_key UNIQUE (handle)
      );
      CREATE INDEX products_newest_idx ON products (published_at DESC, id DESC) WHERE status = 'active';
      CREATE INDEX products_best_selling_idx ON products (sales_count DESC, id DESC) WHERE status = 'active';
      CREATE INDEX products_category_idx ON products (category_id, published_at DESC, id DESC) WHERE status = 'active';
      CREATE INDEX products_tags_idx ON products USING gin (tags);
      CREATE INDEX products_search_idx ON products USING gin (search_vector);
      CREATE INDEX products_title_trgm_idx ON products USING gin (title gin_trgm_ops);
      CREATE INDEX products_admin_list_idx ON products (created_at DESC, id DESC);
      CREATE INDEX products_admin_status_idx ON products (status, created_at DESC, id DESC);

      -- Title first, then tags and vendor, then the description: what a shopper types most often finds the title.
      CREATE FUNCTION products_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.subtitle, '') || ' ' || array_to_string(NEW.tags, ' ') || ' ' || coalesce(NEW.vendor, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(NEW.description_md, '')), 'C');
        RETURN NEW;
      END $$;
      CREATE TRIGGER products_search_vector BEFORE INSERT OR UPDATE OF title, subtitle, tags, vendor, description_md ON products
        FOR EACH ROW EXECUTE FUNCTION products_search_vector();

      CREATE TABLE product_collections (
        collection_id uuid NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        position integer NOT NULL DEFAULT 0,
        PRIMARY KEY (collection_id, product_id)
      );
      CREATE INDEX product_collections_product_idx ON product_collections (product_id);

      CREATE TABLE product_options (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        name text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        "values" text[] NOT NULL DEFAULT '{}',
        CONSTRAINT product_options_name_key UNIQUE (product_id, name)
      );

      CREATE TABLE product_variants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        sku text NOT NULL,
        barcode text,
        title text NOT NULL,
        options jsonb NOT NULL DEFAULT '{}',
        position integer NOT NULL DEFAULT 0,
        weight_grams integer CHECK (weight_grams >= 0),
        length_mm integer CHECK (length_mm >= 0),
        width_mm integer CHECK (width_mm >= 0),
        height_mm integer CHECK (height_mm >= 0),
        track_inventory boolean NOT NULL DEFAULT true,
        allow_backorder boolean NOT NULL DEFAULT false,
        backorder_expected_at date,
        low_stock_threshold integer NOT NULL DEFAULT 5 CHECK (low_stock_threshold >= 0),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT product_variants_sku_key UNIQUE (sku)
      );
      CREATE INDEX product_variants_product_idx ON product_variants (product_id, position);
      CREATE INDEX product_variants_options_idx ON product_variants USING gin (options jsonb_path_ops);
      CREATE UNIQUE INDEX product_variants_barcode_key ON product_variants (barcode) WHERE barcode IS NOT NULL;

      CREATE TABLE product_images (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        variant_id uuid REFERENCES product_variants (id) ON DELETE SET NULL,
        storage_key text NOT NULL,
        alt text NOT NULL DEFAULT '',
        position integer NOT NULL DEFAULT 0,
        width integer,
        height integer,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE INDEX product_images_product_idx ON product_images (product_id, position);

      CREATE TABLE variant_prices (
        variant_id uuid NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
        currency char(3) NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        compare_at_amount bigint CHECK (compare_at_amount >= 0),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (variant_id, currency)
      );

      CREATE TABLE price_lists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active')),
        discount_type text NOT NULL CHECK (discount_type IN ('percentage', 'fixed')),
        percentage_bp integer CHECK (percentage_bp > 0 AND percentage_bp <= 10000),
        fixed_amount bigint CHECK (fixed_amount > 0),
        fixed_currency char(3),
        applies_to text NOT NULL CHECK (applies_to IN ('all', 'categories', 'collections', 'products')),
        starts_at timestamptz(3),
        ends_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at),
        CHECK ((discount_type = 'percentage' AND percentage_bp IS NOT NULL) OR
               (discount_type = 'fixed' AND fixed_amount IS NOT NULL AND fixed_currency IS NOT NULL))
      );
      CREATE INDEX price_lists_list_idx ON price_lists (created_at DESC, id DESC);
      CREATE TABLE price_list_targets (
        price_list_id uuid NOT NULL REFERENCES price_lists (id) ON DELETE CASCADE,
        target_id uuid NOT NULL,
        PRIMARY KEY (price_list_id, target_id)
      );
      CREATE INDEX price_list_targets_target_idx ON price_list_targets (target_id);

      -- The price a shopper sees and a cart charges, per variant and currency: written only by the
      -- pricing domain, which computes it in one place from base prices and the sales in force.
      CREATE TABLE variant_current_prices (
        variant_id uuid NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
        currency char(3) NOT NULL,
        amount bigint NOT NULL,
        was_amount bigint,
        price_list_id uuid REFERENCES price_lists (id) ON DELETE SET NULL,
        computed_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (variant_id, currency)
      );
      CREATE TABLE product_price_ranges (
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        currency char(3) NOT NULL,
        min_amount bigint NOT NULL,
        max_amount bigint NOT NULL,
        max_discount_percent integer NOT NULL DEFAULT 0,
        PRIMARY KEY (product_id, currency)
      );
      CREATE INDEX product_price_ranges_sort_idx ON product_price_ranges (currency, min_amount, product_id);
      CREATE INDEX product_price_ranges_sale_idx ON product_price_ranges (currency, product_id) WHERE max_discount_percent > 0;

      CREATE TABLE stock_locations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[A-Z0-9-]{2,20}$'),
        name text NOT NULL,
        country char(2) NOT NULL,
        region text,
        city text NOT NULL DEFAULT '',
        postcode text NOT NULL DEFAULT '',
        address_line text NOT NULL DEFAULT '',
        pickup_enabled boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT stock_locations_code_key UNIQUE (code)
      );

      CREATE TABLE stock_levels (
        variant_id uuid NOT NULL REFERENCES product_variants (id),
        location_id uuid NOT NULL REFERENCES stock_locations (id),
        on_hand integer NOT NULL DEFAULT 0,
        reserved integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (variant_id, location_id)
      );
      CREATE INDEX stock_levels_location_idx ON stock_levels (location_id, variant_id);

      -- Every change of a stock level, never updated or deleted: levels equal the sum of this ledger.
      CREATE TABLE stock_movements (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        variant_id uuid NOT NULL REFERENCES product_variants (id),
        location_id uuid NOT NULL REFERENCES stock_locations (id),
        kind text NOT NULL
          CHECK (kind IN ('received', 'sold', 'returned', 'reserved', 'released', 'transfer_in', 'transfer_out', 'adjusted')),
        reason text,
        on_hand_delta integer NOT NULL,
        reserved_delta integer NOT NULL,
        reference_type text,
        reference_id text,
        note text,
        actor_type text,
        actor_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE INDEX stock_movements_variant_idx ON stock_movements (variant_id, id DESC);
      CREATE INDEX stock_movements_location_idx ON stock_movements (location_id, id DESC);
      CREATE INDEX stock_movements_reference_idx ON stock_movements (reference_type, reference_id);
      CREATE FUNCTION stock_movements_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'stock_movements is append-only' USING ERRCODE = 'restrict_violation';
      END $$;
      CREATE TRIGGER stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements
        FOR EACH ROW EXECUTE FUNCTION stock_movements_append_only();

      CREATE TABLE shipping_zones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        countries text[] NOT NULL,
        regions text[] NOT NULL DEFAULT '{}',
        postcode_patterns text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE INDEX shipping_zones_countries_idx ON shipping_zones USING gin (countries);

      CREATE TABLE shipping_methods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zone_id uuid NOT NULL REFERENCES shipping_zones (id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('standard', 'express', 'pickup')),
        pickup_location_id uuid REFERENCES stock_locations (id),
        currency char(3) NOT NULL,
        rate_type text NOT NULL CHECK (rate_type IN ('flat', 'weight')),
        flat_amount bigint CHECK (flat_amount >= 0),
        weight_rates jsonb NOT NULL DEFAULT '[]',
        free_over_amount bigint CHECK (free_over_amount >= 0),
        handling_days integer NOT NULL DEFAULT 1 CHECK (handling_days >= 0),
        transit_days_min integer NOT NULL DEFAULT 1 CHECK (transit_days_min >= 0),
        transit_days_max integer NOT NULL DEFAULT 3,
        cutoff_time time NOT NULL DEFAULT '14:00',
        active boolean NOT NULL DEFAULT true,
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (transit_days_max >= transit_days_min),
        CHECK (kind <> 'pickup' OR pickup_location_id IS NOT NULL),
        CHECK (rate_type <> 'flat' OR flat_amount IS NOT NULL)
      );
      CREATE INDEX shipping_methods_zone_idx ON shipping_methods (zone_id, position);

      CREATE TABLE store_settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      );

      CREATE TABLE idempotency_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        status text NOT NULL CHECK (status IN ('processing', 'done')),
        response_status integer,
        response_body jsonb,
        locked_until timestamptz(3) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT idempotency_keys_scope_key_key UNIQUE (scope, key)
      );
      CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

      CREATE TABLE catalog_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        filename text NOT NULL,
        storage_key text NOT NULL,
        total_rows integer NOT NULL DEFAULT 0,
        processed_rows integer NOT NULL DEFAULT 0,
        created_products integer NOT NULL DEFAULT 0,
        updated_products integer NOT NULL DEFAULT 0,
        failed_rows integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES staff_users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        started_at timestamptz(3),
        finished_at timestamptz(3)
      );
      CREATE INDEX catalog_imports_list_idx ON catalog_imports (created_at DESC, id DESC);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE catalog_imports, idempotency_keys, store_settings, shipping_methods, shipping_zones;
      DROP TABLE stock_movements, stock_levels, stock_locations;
      DROP FUNCTION stock_movements_append_only;
      DROP TABLE product_price_ranges, variant_current_prices, price_list_targets, price_lists, variant_prices;
      DROP TABLE product_images, product_variants, product_options, product_collections, products, collections, categories;
      DROP FUNCTION products_search_vector;
    `);
  }
}
