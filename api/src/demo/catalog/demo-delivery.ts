import { EntityManager } from 'typeorm';

const EU = ['AT', 'BE', 'DE', 'DK', 'ES', 'FI', 'FR', 'IE', 'IT', 'LU', 'PL', 'PT', 'SE'];

/** Two shipping zones (the Netherlands and the rest of the EU) with standard, express and pickup, and the store's calendar. */
export async function seedDelivery(tx: EntityManager, locations: Map<string, string>): Promise<void> {
  const [nl] = await tx.query(`INSERT INTO shipping_zones (name, countries, position) VALUES ('Netherlands', ARRAY['NL'], 0) RETURNING id`);
  const [eu] = await tx.query(`INSERT INTO shipping_zones (name, countries, position) VALUES ('European Union', $1, 1) RETURNING id`, [EU]);
  await tx.query(
    `INSERT INTO shipping_methods (zone_id, name, kind, currency, rate_type, flat_amount, free_over_amount, handling_days, transit_days_min, transit_days_max, cutoff_time, position, pickup_location_id, weight_rates) VALUES
       ($1, 'Standard delivery', 'standard', 'EUR', 'flat', 495, 5000, 0, 1, 2, '16:00', 0, NULL, '[]'),
       ($1, 'Express delivery', 'express', 'EUR', 'flat', 995, NULL, 0, 1, 1, '14:00', 1, NULL, '[]'),
       ($1, 'Pick up at the Amsterdam store', 'pickup', 'EUR', 'flat', 0, NULL, 0, 0, 0, '18:00', 2, $3, '[]'),
       ($2, 'Standard delivery (EU)', 'standard', 'EUR', 'weight', NULL, 15000, 1, 2, 5, '14:00', 0, NULL,
        '[{"upToGrams": 1000, "amountMinor": 895}, {"upToGrams": 5000, "amountMinor": 1495}, {"upToGrams": 20000, "amountMinor": 2495}]'),
       ($2, 'Express delivery (EU)', 'express', 'EUR', 'flat', 2495, NULL, 0, 1, 2, '12:00', 1, NULL, '[]')`,
    [nl.id, eu.id, locations.get('STORE-AMS')],
  );
  const year = new Date().getFullYear();
  const holidays = [year, year + 1].flatMap((y) => [`${y}-01-01`, `${y}-04-27`, `${y}-12-25`, `${y}-12-26`]);
  await tx.query(`INSERT INTO store_settings (key, value) VALUES ('shipping', $1) ON CONFLICT (key) DO NOTHING`, [
    JSON.stringify({ timezone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5], holidays }),
  ]);
}
