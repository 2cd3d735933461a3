import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { PageOf, PageQuery } from '../../platform/pagination/page';
import { UuidParam } from '../../platform/validation/uuid-param';
import { RequirePermission } from '../access/access-policy';
import type { StaffPrincipal } from '../access/principal';
import { StaffActor } from '../staff/staff-actor.decorator';
import { ApiKeys } from './api-keys.service';
import { CreateApiKeyDto } from './dto/api-key.dto';
import { ApiKeyCreatedView, ApiKeyView } from './dto/api-key.view';

@ApiTags('admin · api keys')
@Controller('admin/api-keys')
export class ApiKeysAdminController {
  constructor(private readonly keys: ApiKeys) {}

  @Get()
  @RequirePermission('api-keys:read')
  @ApiOperation({ operationId: 'adminListApiKeys', summary: 'List API keys, newest first (never their secrets)' })
  @ApiOkResponse({ type: PageOf(ApiKeyView) })
  @ApiProblems(400)
  list(@Query() query: PageQuery) {
    return this.keys.list(query);
  }

  @Post()
  @RequirePermission('api-keys:manage')
  @ApiOperation({ operationId: 'adminCreateApiKey', summary: 'Create an API key with scopes; the secret is shown once' })
  @ApiCreatedResponse({ type: ApiKeyCreatedView })
  @ApiProblems(400)
  create(@StaffActor() actor: StaffPrincipal, @Body() body: CreateApiKeyDto): Promise<ApiKeyCreatedView> {
    return this.keys.create(actor, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('api-keys:manage')
  @ApiOperation({ operationId: 'adminRevokeApiKey', summary: 'Revoke an API key at once' })
  @ApiNoContentResponse({ description: 'Revoked (also when it already was)' })
  @ApiProblems(400, 404)
  revoke(@UuidParam('id') id: string): Promise<void> {
    return this.keys.revoke(id);
  }
}
