import { Injectable } from '@nestjs/common';
import { Db, isUniqueViolation } from '../platform/database/db.service';
import { Conflict, NotFound, ValidationFailed } from '../platform/errors/domain-error';
import { byCreation, keysetPage } from '../platform/pagination/keyset';
import { Page } from '../platform/pagination/page';
import { DiscountCodeDraft, DiscountCodeFields, draftOf, fieldsOf, mergeUpdate } from './discount-code-drafts';
import { CreateDiscountCodeDto, ListDiscountCodesQuery, UpdateDiscountCodeDto } from './dto/discount-code.dto';
import { DiscountCodeView, toDiscountCodeView } from './dto/discount-code.view';
import { DiscountCode } from './entities/discount-code.entity';

/** Staff create, change and retire discount codes. */
@Injectable()
export class DiscountCodeAdmin {
  constructor(private readonly db: Db) {}

  async list(query: ListDiscountCodesQuery): Promise<Page<DiscountCodeView>> {
    const builder = this.db.manager.createQueryBuilder(DiscountCode, 'd');
    if (query.code) builder.where('upper(d.code) = upper(:code)', { code: query.code.trim() });
    const page = await keysetPage(builder, byCreation('d'), query);
    return { items: page.items.map(toDiscountCodeView), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<DiscountCodeView> {
    const code = await this.db.manager.findOne(DiscountCode, { where: { id } });
    if (!code) throw new NotFound('discount code');
    return toDiscountCodeView(code);
  }

  async create(input: CreateDiscountCodeDto): Promise<DiscountCodeView> {
    const draft = validDraft(input as DiscountCodeFields, 0);
    return withUniqueCode(async () => toDiscountCodeView(await this.db.manager.save(this.db.manager.create(DiscountCode, draft))));
  }

  update(id: string, input: UpdateDiscountCodeDto): Promise<DiscountCodeView> {
    return withUniqueCode(() =>
      this.db.transaction(async (tx) => {
        // Locked, so a redemption cannot slip past a limit being lowered to the uses so far.
        const code = await tx.findOne(DiscountCode, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!code) throw new NotFound('discount code');
        const draft = validDraft(mergeUpdate(fieldsOf(code), input as Partial<DiscountCodeFields>), code.usedCount);
        await tx.update(DiscountCode, id, draft);
        return toDiscountCodeView(await tx.findOneOrFail(DiscountCode, { where: { id } }));
      }),
    );
  }

  /** Orders keep the code and amount they got, so a used code may go too. */
  async remove(id: string): Promise<void> {
    const result = await this.db.manager.delete(DiscountCode, { id });
    if (!result.affected) throw new NotFound('discount code');
  }
}

function validDraft(fields: DiscountCodeFields, usedCount: number): DiscountCodeDraft {
  const { draft, errors } = draftOf(fields, usedCount);
  if (errors.length) throw new ValidationFailed(errors);
  return draft;
}

/** The unique index on upper(code) is the judge: WELCOME10 and welcome10 cannot both exist, even when created at once. */
async function withUniqueCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'discount_codes_code_key')) {
      throw new Conflict('discount_code_taken', 'Another discount code is spelled the same way.', [
        { pointer: '/code', detail: 'is taken (codes are compared without regard to case)' },
      ]);
    }
    throw error;
  }
}
