import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DiscountCodeAdmin } from './discount-code-admin.service';
import { DiscountCodesAdminController } from './discount-codes.admin.controller';
import { DiscountCodes } from './discount-codes.service';
import { DiscountCode } from './entities/discount-code.entity';

/**
 * Discount codes (automatic promotions come later, into the same `discounts` list of the cart totals).
 * Other domains call `DiscountCodes.check` and `DiscountCodes.redeem`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DiscountCode])],
  controllers: [DiscountCodesAdminController],
  providers: [DiscountCodes, DiscountCodeAdmin],
  exports: [DiscountCodes],
})
export class PromotionsModule {}
