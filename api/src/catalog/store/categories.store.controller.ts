import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/access/access-policy';
import { ValidationFailed } from '../../platform/errors/domain-error';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { Categories } from '../categories.service';
import { Collections } from '../collections.service';
import { HANDLE_PATTERN } from '../content/handles';
import { CategoryNodeView, CollectionView } from '../dto/category.view';

const CACHE = 'public, max-age=60, stale-while-revalidate=120';

@ApiTags('store · catalog')
@Controller('store')
@Public()
export class CategoriesStoreController {
  constructor(
    private readonly categories: Categories,
    private readonly collections: Collections,
  ) {}

  @Get('categories')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ operationId: 'storeListCategories', summary: 'The category tree with product counts' })
  @ApiOkResponse({ type: [CategoryNodeView] })
  @ApiProblems(429)
  tree(): Promise<CategoryNodeView[]> {
    return this.categories.tree();
  }

  @Get('collections')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ operationId: 'storeListCollections', summary: 'Collections, featured first' })
  @ApiOkResponse({ type: [CollectionView] })
  @ApiProblems(400, 429)
  list(@Query('featured') featured?: string): Promise<CollectionView[]> {
    if (featured !== undefined && featured !== 'true' && featured !== 'false') {
      throw new ValidationFailed([{ pointer: '/featured', detail: 'must be true or false', location: 'query' }]);
    }
    return this.collections.list({ featuredOnly: featured === 'true' });
  }

  @Get('collections/:handle')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ operationId: 'storeGetCollection', summary: 'A collection by handle (list its products with ?collection=)' })
  @ApiOkResponse({ type: CollectionView })
  @ApiProblems(400, 404, 429)
  get(@Param('handle') handle: string): Promise<CollectionView> {
    if (!HANDLE_PATTERN.test(handle))
      throw new ValidationFailed([{ pointer: '/handle', detail: 'is not a collection handle', location: 'path' }]);
    return this.collections.get({ handle });
  }
}
