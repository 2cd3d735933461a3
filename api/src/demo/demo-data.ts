import type { Role } from '../auth/access/permissions';

export const DEMO_STAFF_PASSWORD = 'tillpoint-demo';
export const DEMO_CUSTOMER_PASSWORD = 'shopper-demo';

/** One staff member for each role, so every screen can be seen through every role's eyes. */
export const DEMO_STAFF: { email: string; name: string; role: Role }[] = [
  { email: 'owner@demo.tillpoint.dev', name: 'Olivia Owens', role: 'owner' },
  { email: 'manager@demo.tillpoint.dev', name: 'Marcus Meyer', role: 'manager' },
  { email: 'catalog@demo.tillpoint.dev', name: 'Chloé Castel', role: 'catalog' },
  { email: 'fulfilment@demo.tillpoint.dev', name: 'Finn Fischer', role: 'fulfilment' },
  { email: 'support@demo.tillpoint.dev', name: 'Sofia Santos', role: 'support' },
  { email: 'analyst@demo.tillpoint.dev', name: 'Arjun Agarwal', role: 'analyst' },
];

export const DEMO_CUSTOMERS: { email: string; firstName: string; lastName: string }[] = [
  { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
  { email: 'grace@example.com', firstName: 'Grace', lastName: 'Hopper' },
  { email: 'alan@example.com', firstName: 'Alan', lastName: 'Turing' },
  { email: 'katherine@example.com', firstName: 'Katherine', lastName: 'Johnson' },
];
