import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../auth/access/access-policy';
import { Actor, type StaffPrincipal } from '../auth/access/principal';
import { ApiProblems } from '../platform/openapi/api-problems';
import { UuidParam } from '../platform/validation/uuid-param';
import { CreateSavedViewDto, SavedViewListView, SavedViewsQuery, SavedViewView } from './dto/saved-view.dto';
import { SavedViews } from './saved-views.service';

const PERMISSION_NOTE = 'Needs the permission that reads the list (orders:read for orders).';

// A view belongs to a person, so API keys are refused; the list's own permission is checked per resource.
@ApiTags('admin · saved views')
@Controller('admin/saved-views')
@StaffOnly()
export class SavedViewsAdminController {
  constructor(private readonly views: SavedViews) {}

  @Get()
  @ApiOperation({
    operationId: 'adminListSavedViews',
    summary: 'My saved views of an admin list, then those colleagues shared',
    description: PERMISSION_NOTE,
  })
  @ApiOkResponse({ type: SavedViewListView })
  @ApiProblems(400)
  list(@Actor() staff: StaffPrincipal, @Query() query: SavedViewsQuery): Promise<SavedViewListView> {
    return this.views.list(staff, query.resource);
  }

  @Post()
  @ApiOperation({
    operationId: 'adminCreateSavedView',
    summary: 'Save the filters of an admin list under a name',
    description: PERMISSION_NOTE,
  })
  @ApiCreatedResponse({ type: SavedViewView })
  @ApiProblems(400, 409)
  create(@Actor() staff: StaffPrincipal, @Body() body: CreateSavedViewDto): Promise<SavedViewView> {
    return this.views.create(staff, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'adminDeleteSavedView', summary: 'Delete one of my saved views', description: PERMISSION_NOTE })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  remove(@Actor() staff: StaffPrincipal, @UuidParam('id') id: string): Promise<void> {
    return this.views.remove(staff, id);
  }
}
