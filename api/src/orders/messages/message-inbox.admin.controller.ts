import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { Page, PageOf } from '../../platform/pagination/page';
import { MessageInboxQuery } from './dto/order-message.dto';
import { MessageThreadView, UnreadMessagesView } from './dto/order-message.view';
import { MessageInbox } from './message-inbox.service';

@ApiTags('admin · messages')
@Controller('admin/messages')
export class MessageInboxAdminController {
  constructor(private readonly inbox: MessageInbox) {}

  @Get('inbox')
  @RequirePermission('orders:read')
  @ApiOperation({
    operationId: 'adminListMessageThreads',
    summary: 'Message threads across orders, the most recently active first, with their unread counts',
  })
  @ApiOkResponse({ type: PageOf(MessageThreadView) })
  @ApiProblems(400)
  threads(@Query() query: MessageInboxQuery): Promise<Page<MessageThreadView>> {
    return this.inbox.threads(query);
  }

  @Get('unread-count')
  @RequirePermission('orders:read')
  @ApiOperation({ operationId: 'adminCountUnreadMessages', summary: 'Customer messages no staff member has read yet' })
  @ApiOkResponse({ type: UnreadMessagesView })
  countUnread(): Promise<UnreadMessagesView> {
    return this.inbox.unreadByStaff();
  }
}
