import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/access/access-policy';
import { ValidationFailed } from '../../platform/errors/domain-error';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { DeliveryOptionView } from '../../shipping/delivery-options.service';
import { HANDLE_PATTERN } from '../content/handles';
import { DeliveryQuery, StoreProductFilters, StoreProductQuery, SuggestionsQuery } from '../dto/store-query.dto';
import { FacetsView, ProductCardPage, ProductDetailView, SearchResultsView, SuggestionsView } from '../dto/store-product.view';
import { ProductDetail } from './product-detail.service';
import { ProductFacets } from './product-facets.service';
import { ProductListing } from './product-listing.service';
import { ProductSearch } from './product-search.service';

/** Public catalog reads: short shared caching, and Express answers 304 when the ETag still matches. */
const CACHE = 'public, max-age=30, stale-while-revalidate=60';

function handleParam(handle: string): string {
  if (!HANDLE_PATTERN.test(handle) || handle.length > 80)
    throw new ValidationFailed([{ pointer: '/handle', detail: 'is not a product handle', location: 'path' }]);
  return handle;
}

@ApiTags('store · catalog')
@Controller('store')
@Public()
export class ProductsStoreController {
  constructor(
    private readonly listing: ProductListing,
    private readonly facets: ProductFacets,
    private readonly detail: ProductDetail,
    private readonly search: ProductSearch,
  ) {}

  @Get('products')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ operationId: 'storeListProducts', summary: 'List products with filters and sorting (24 a page)' })
  @ApiOkResponse({ type: ProductCardPage })
  @ApiProblems(400, 429)
  list(@Query() query: StoreProductQuery): Promise<ProductCardPage> {
    return this.listing.list(query);
  }

  @Get('products/facets')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ operationId: 'storeListProductFacets', summary: 'Counts per filter value for a listing (same filters)' })
  @ApiOkResponse({ type: FacetsView })
  @ApiProblems(400, 429)
  productFacets(@Query() query: StoreProductFilters): Promise<FacetsView> {
    return this.facets.facets(query);
  }

  @Get('products/:handle')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ operationId: 'storeGetProduct', summary: 'A product by handle: variants, prices, availability, images' })
  @ApiOkResponse({ type: ProductDetailView })
  @ApiProblems(400, 404, 429)
  get(@Param('handle') handle: string, @Query('currency') currency?: string): Promise<ProductDetailView> {
    if (currency !== undefined && !/^[A-Z]{3}$/.test(currency))
      throw new ValidationFailed([{ pointer: '/currency', detail: 'must be an ISO 4217 code', location: 'query' }]);
    return this.detail.byHandle(handleParam(handle), currency);
  }

  @Get('products/:handle/delivery')
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOperation({
    operationId: 'storeListDeliveryOptions',
    summary: "Delivery methods, prices and dates for a variant to the shopper's destination",
  })
  @ApiOkResponse({ type: [DeliveryOptionView] })
  @ApiProblems(400, 404, 429)
  delivery(@Param('handle') handle: string, @Query() query: DeliveryQuery): Promise<DeliveryOptionView[]> {
    return this.detail.deliveryOptions(handleParam(handle), query);
  }

  @Get('search')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ operationId: 'storeSearch', summary: 'Search products (typo-tolerant, ranked) and categories' })
  @ApiOkResponse({ type: SearchResultsView })
  @ApiProblems(400, 429)
  searchProducts(@Query() query: StoreProductQuery): Promise<SearchResultsView> {
    return this.search.search(query);
  }

  @Get('search/suggestions')
  @Header('Cache-Control', CACHE)
  @ApiOperation({ operationId: 'storeSearchSuggestions', summary: 'As-you-type suggestions: products and categories' })
  @ApiOkResponse({ type: SuggestionsView })
  @ApiProblems(400, 429)
  suggestions(@Query() query: SuggestionsQuery): Promise<SuggestionsView> {
    return this.search.suggestions(query);
  }
}
