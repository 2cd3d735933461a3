export {
  createClient,
  type ClientOptions,
  type OperationResult,
  type TillpointClient,
  type TillpointOperations,
} from './tillpoint-client.js';
export { ProblemError, isProblemError } from './problem-error.js';
export { idempotencyKey, idempotent } from './idempotency.js';
export { paginate, pages, type Page } from './pagination.js';
export { formatMoney, minorUnits, type Money, type MoneyFormatOptions } from './money.js';
export type { Surface, TokenPair } from './session.js';
export type * from './generated/types.gen.js';
