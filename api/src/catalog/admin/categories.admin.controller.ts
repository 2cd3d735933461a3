import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { UuidParam } from '../../platform/validation/uuid-param';
import { Categories } from '../categories.service';
import { Collections } from '../collections.service';
import { CreateCategoryDto, CreateCollectionDto, UpdateCategoryDto, UpdateCollectionDto } from '../dto/category.dto';
import { CategoryView, CollectionView } from '../dto/category.view';
import { SetCollectionProductsDto } from '../dto/image.dto';

@ApiTags('admin · catalog')
@Controller('admin/categories')
export class CategoriesAdminController {
  constructor(private readonly categories: Categories) {}

  @Get()
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminListCategories', summary: 'Every category (a tree by parentId), with product counts' })
  @ApiOkResponse({ type: [CategoryView] })
  @ApiProblems(401)
  list(): Promise<CategoryView[]> {
    return this.categories.list();
  }

  @Post()
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminCreateCategory', summary: 'Create a category, optionally below another' })
  @ApiCreatedResponse({ type: CategoryView })
  @ApiProblems(400, 409)
  create(@Body() body: CreateCategoryDto): Promise<CategoryView> {
    return this.categories.create(body);
  }

  @Patch(':id')
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminUpdateCategory', summary: 'Rename or move a category (its subtree moves with it)' })
  @ApiOkResponse({ type: CategoryView })
  @ApiProblems(400, 404, 409)
  update(@UuidParam('id') id: string, @Body() body: UpdateCategoryDto): Promise<CategoryView> {
    return this.categories.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminDeleteCategory', summary: 'Delete an empty category' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 409)
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.categories.remove(id);
  }
}

@ApiTags('admin · catalog')
@Controller('admin/collections')
export class CollectionsAdminController {
  constructor(private readonly collections: Collections) {}

  @Get()
  @RequirePermission('catalog:read')
  @ApiOperation({ operationId: 'adminListCollections', summary: 'Every collection, featured first' })
  @ApiOkResponse({ type: [CollectionView] })
  @ApiProblems(401)
  list(): Promise<CollectionView[]> {
    return this.collections.list();
  }

  @Post()
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminCreateCollection', summary: 'Create a collection' })
  @ApiCreatedResponse({ type: CollectionView })
  @ApiProblems(400, 409)
  create(@Body() body: CreateCollectionDto): Promise<CollectionView> {
    return this.collections.create(body);
  }

  @Patch(':id')
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminUpdateCollection', summary: 'Edit a collection' })
  @ApiOkResponse({ type: CollectionView })
  @ApiProblems(400, 404, 409)
  update(@UuidParam('id') id: string, @Body() body: UpdateCollectionDto): Promise<CollectionView> {
    return this.collections.update(id, body);
  }

  @Put(':id/products')
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminSetCollectionProducts', summary: 'Set the products of a collection, in order' })
  @ApiOkResponse({ type: CollectionView })
  @ApiProblems(400, 404)
  setProducts(@UuidParam('id') id: string, @Body() body: SetCollectionProductsDto): Promise<CollectionView> {
    return this.collections.setProducts(id, body.productIds);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('catalog:manage')
  @ApiOperation({ operationId: 'adminDeleteCollection', summary: 'Delete a collection (its products stay)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.collections.remove(id);
  }
}
