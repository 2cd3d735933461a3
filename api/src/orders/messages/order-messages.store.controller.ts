import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { CustomerOnly } from '../../auth/access/access-policy';
import { Actor, type CustomerPrincipal } from '../../auth/access/principal';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { Page, PageOf, PageQuery } from '../../platform/pagination/page';
import { UuidParam } from '../../platform/validation/uuid-param';
import { PostOrderMessageDto } from './dto/order-message.dto';
import { OrderMessageView, UnreadMessagesView } from './dto/order-message.view';
import { MessageInbox } from './message-inbox.service';
import { OrderMessagePosting } from './order-message-posting.service';
import { OrderThread } from './order-thread.service';

@ApiTags('store · messages')
@Controller('store/me')
@CustomerOnly()
export class OrderMessagesStoreController {
  constructor(
    private readonly thread: OrderThread,
    private readonly posting: OrderMessagePosting,
    private readonly inbox: MessageInbox,
  ) {}

  @Get('orders/:id/messages')
  @ApiOperation({
    operationId: 'storeListMyOrderMessages',
    summary: 'The message thread of one of my orders, newest first; opening it marks the store’s replies read',
  })
  @ApiOkResponse({ type: PageOf(OrderMessageView) })
  @ApiProblems(400, 404)
  list(@Actor() customer: CustomerPrincipal, @UuidParam('id') id: string, @Query() query: PageQuery): Promise<Page<OrderMessageView>> {
    return this.thread.forCustomer(customer.id, id, query);
  }

  @Post('orders/:id/messages')
  // Each message lands in a person's inbox: a few a minute is plenty for a conversation and useless for spam.
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @ApiOperation({ operationId: 'storePostMyOrderMessage', summary: 'Write to the store about one of my orders' })
  @ApiCreatedResponse({ type: OrderMessageView })
  @ApiProblems(400, 404)
  post(@Actor() customer: CustomerPrincipal, @UuidParam('id') id: string, @Body() body: PostOrderMessageDto): Promise<OrderMessageView> {
    return this.posting.fromCustomer(customer.id, id, body.body);
  }

  @Get('messages/unread-count')
  @ApiOperation({ operationId: 'storeCountMyUnreadMessages', summary: 'Replies from the store on my orders that I have not read yet' })
  @ApiOkResponse({ type: UnreadMessagesView })
  countUnread(@Actor() customer: CustomerPrincipal): Promise<UnreadMessagesView> {
    return this.inbox.unreadByCustomer(customer.id);
  }
}
