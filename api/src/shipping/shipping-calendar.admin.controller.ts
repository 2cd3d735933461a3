import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { UpdateShippingCalendarDto } from './dto/shipping-calendar.dto';
import { ShippingCalendarView } from './dto/shipping-calendar.view';
import { ShippingCalendarSettings } from './shipping-calendar.service';

@ApiTags('admin · shipping')
@Controller('admin/shipping/calendar')
export class ShippingCalendarAdminController {
  constructor(private readonly calendar: ShippingCalendarSettings) {}

  @Get()
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminGetShippingCalendar', summary: "The store's time zone, working days and holidays for delivery dates" })
  @ApiOkResponse({ type: ShippingCalendarView })
  get(): Promise<ShippingCalendarView> {
    return this.calendar.get();
  }

  @Put()
  @RequirePermission('shipping:manage')
  @ApiOperation({ operationId: 'adminUpdateShippingCalendar', summary: 'Replace the shipping calendar' })
  @ApiOkResponse({ type: ShippingCalendarView })
  @ApiProblems(400)
  replace(@Body() body: UpdateShippingCalendarDto): Promise<ShippingCalendarView> {
    return this.calendar.replace(body);
  }
}
