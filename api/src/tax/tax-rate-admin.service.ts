import { Injectable } from '@nestjs/common';
import { Db, isUniqueViolation } from '../platform/database/db.service';
import { Conflict, NotFound, ValidationFailed } from '../platform/errors/domain-error';
import { KeysetOrder, keysetPage } from '../platform/pagination/keyset';
import { Page } from '../platform/pagination/page';
import { sentFields } from '../shipping/sent-fields';
import { CreateTaxRateDto, ListTaxRatesQuery, UpdateTaxRateDto } from './dto/tax-rate.dto';
import { TaxRateView, toTaxRateView } from './dto/tax-rate.view';
import { TaxRate } from './entities/tax-rate.entity';
import { defaultDisplay } from './store-tax-settings';
import { checkTaxRate, normaliseTaxRate, percentToPpm, TaxRateDraft, TaxRateField } from './tax-rate-rules';
import { TaxRates } from './tax-rates.service';

/** By country, then the country's own rate (no region) before its regions. */
const BY_DESTINATION: KeysetOrder<TaxRate> = {
  direction: 'ASC',
  columns: [
    { expression: 'r.country', value: (row) => row.country },
    { expression: "coalesce(r.region, '')", value: (row) => row.region ?? '' },
    { expression: 'r.id', value: (row) => row.id },
  ],
};

type RequestField = keyof UpdateTaxRateDto;

/** Staff keep the tax rates of the countries and regions they sell to. */
@Injectable()
export class TaxRateAdmin {
  constructor(
    private readonly db: Db,
    private readonly rates: TaxRates,
  ) {}

  /** Runs a change, then has carts in this process price with it at once. */
  private async changing<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } finally {
      this.rates.forget();
    }
  }

  async list(query: ListTaxRatesQuery): Promise<Page<TaxRateView>> {
    const builder = this.db.manager.createQueryBuilder(TaxRate, 'r');
    if (query.country) builder.where('r.country = :country', { country: query.country });
    const page = await keysetPage(builder, BY_DESTINATION, query);
    return { items: page.items.map(toTaxRateView), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<TaxRateView> {
    const rate = await this.db.manager.findOne(TaxRate, { where: { id } });
    if (!rate) throw new NotFound('tax rate');
    return toTaxRateView(rate);
  }

  async create(input: CreateTaxRateDto): Promise<TaxRateView> {
    const draft = validRate(
      {
        country: input.country,
        region: input.region ?? null,
        name: input.name,
        ratePpm: percentToPpm(input.percent),
        display: input.display ?? defaultDisplay(input.country),
        taxShipping: input.taxShipping ?? true,
      },
      sentFields<RequestField>(input, ['region']),
    );
    return this.changing(
      withOneRatePerDestination(draft, async () => toTaxRateView(await this.db.manager.save(this.db.manager.create(TaxRate, draft)))),
    );
  }

  update(id: string, input: UpdateTaxRateDto): Promise<TaxRateView> {
    const written: Partial<TaxRateDraft> = {};
    return this.changing(
      withOneRatePerDestination(written, () =>
        this.db.transaction(async (tx) => {
          const rate = await tx.findOne(TaxRate, { where: { id }, lock: { mode: 'pessimistic_write' } });
          if (!rate) throw new NotFound('tax rate');
          const draft = validRate(
            {
              country: input.country ?? rate.country,
              region: input.region !== undefined ? input.region : rate.region,
              name: input.name ?? rate.name,
              ratePpm: input.percent != null ? percentToPpm(input.percent) : rate.ratePpm,
              display: input.display ?? rate.display,
              taxShipping: input.taxShipping ?? rate.taxShipping,
            },
            sentFields<RequestField>(input, ['region']),
          );
          Object.assign(written, draft);
          await tx.update(TaxRate, id, draft);
          return toTaxRateView(await tx.findOneOrFail(TaxRate, { where: { id } }));
        }),
      ),
    );
  }

  async remove(id: string): Promise<void> {
    const result = await this.changing(this.db.manager.delete(TaxRate, { id }));
    if (!result.affected) throw new NotFound('tax rate');
  }
}

function validRate(draft: TaxRateDraft, sent: ReadonlySet<RequestField>): TaxRateDraft {
  const fields = new Set<TaxRateField>([...sent].map((field) => (field === 'percent' ? 'ratePpm' : field)));
  const errors = checkTaxRate(draft, fields);
  if (errors.length) throw new ValidationFailed(errors);
  return normaliseTaxRate(draft);
}

/** The unique index is the judge, so two staff adding the same rate at once get one rate and one 409. */
async function withOneRatePerDestination<T>(draft: Partial<TaxRateDraft>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'tax_rates_destination_key')) {
      const pointer = draft.region ? '/region' : '/country';
      const detail = draft.region
        ? `${draft.country} has a rate for ${draft.region} already`
        : `${draft.country} has a rate for the whole country already`;
      throw new Conflict('tax_rate_exists', 'There is a rate for this destination already; change that one.', [{ pointer, detail }]);
    }
    throw error;
  }
}
