import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { Actor, type AdminPrincipal } from '../../auth/access/principal';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { Page, PageOf, PageQuery } from '../../platform/pagination/page';
import { UuidParam } from '../../platform/validation/uuid-param';
import { PostOrderMessageDto } from './dto/order-message.dto';
import { AdminOrderMessageView } from './dto/order-message.view';
import { OrderMessagePosting } from './order-message-posting.service';
import { OrderThread } from './order-thread.service';

@ApiTags('admin · messages')
@Controller('admin/orders/:id/messages')
export class OrderMessagesAdminController {
  constructor(
    private readonly thread: OrderThread,
    private readonly posting: OrderMessagePosting,
  ) {}

  @Get()
  @RequirePermission('orders:read')
  @ApiOperation({
    operationId: 'adminListOrderMessages',
    summary: "An order's message thread, newest first",
    description: 'A staff member opening the thread marks its customer messages read; an API key reading it does not.',
  })
  @ApiOkResponse({ type: PageOf(AdminOrderMessageView) })
  @ApiProblems(400, 404)
  list(@Actor() actor: AdminPrincipal, @UuidParam('id') id: string, @Query() query: PageQuery): Promise<Page<AdminOrderMessageView>> {
    return this.thread.forStaff(id, query, actor.kind === 'staff');
  }

  @Post()
  @RequirePermission('messages:reply')
  @ApiOperation({
    operationId: 'adminPostOrderMessage',
    summary: 'Reply to the customer on an order',
    description: 'The customer is emailed an excerpt unless they turned message emails off.',
  })
  @ApiCreatedResponse({ type: AdminOrderMessageView })
  @ApiProblems(400, 404)
  post(@Actor() actor: AdminPrincipal, @UuidParam('id') id: string, @Body() body: PostOrderMessageDto): Promise<AdminOrderMessageView> {
    return this.posting.fromStaff(actor, id, body.body);
  }
}
