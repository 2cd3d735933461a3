import { Injectable } from '@nestjs/common';
import { Db } from '../platform/database/db.service';
import { JobHandler } from '../platform/queue/job-handler.decorator';
import { CurrentPrices } from './current-prices.service';
import { SALE_BOUNDARY_REACHED } from './price-lists.service';

/** A sale started or ended: reprice the catalog. Repricing is idempotent, so a second run is harmless. */
@Injectable()
export class SaleBoundaryProcessor {
  constructor(
    private readonly db: Db,
    private readonly prices: CurrentPrices,
  ) {}

  @JobHandler(SALE_BOUNDARY_REACHED)
  async reprice(): Promise<void> {
    await this.db.transaction((tx) => this.prices.refresh(tx, 'all'));
  }
}
