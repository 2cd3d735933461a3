import type { AdminProductView, CreateProductDto, UpdateProductDto } from '@tillpoint/sdk';
import { z } from 'zod';
import { urlHandle } from '../../shared/forms/fields';
import { PRODUCT_STATUSES } from './product-status';

// The API's rules (CreateProductDto); it stays the judge.
export const productSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title').max(200, 'Use at most 200 characters'),
  handle: urlHandle(),
  subtitle: z.string().trim().max(200, 'Use at most 200 characters'),
  vendor: z.string().trim().max(120, 'Use at most 120 characters'),
  status: z.enum(PRODUCT_STATUSES),
  description: z.string().max(20_000, 'Use at most 20,000 characters'),
  categoryId: z.string().nullable(),
  collectionIds: z.array(z.string()),
  tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9 -]{0,39}$/i, 'Tags are 1-40 letters, digits, spaces or dashes')).max(50),
  options: z
    .array(
      z.object({
        name: z.string().trim().min(1, 'Name the option, such as Size').max(40, 'Use at most 40 characters'),
        values: z.array(z.string()).min(1, 'Add at least one value'),
      }),
    )
    .max(3, 'A product has at most 3 options'),
  seoTitle: z.string().trim().max(70, 'Use at most 70 characters'),
  seoDescription: z.string().trim().max(160, 'Use at most 160 characters'),
});

export type ProductValues = z.infer<typeof productSchema>;

/** The form fields an API error pointer may name. */
export const PRODUCT_FIELDS = [
  'title',
  'handle',
  'subtitle',
  'vendor',
  'status',
  'description',
  'categoryId',
  'collectionIds',
  'tags',
  'options',
  'seoTitle',
  'seoDescription',
] as const satisfies readonly (keyof ProductValues)[];

export function productValues(product?: AdminProductView): ProductValues {
  return {
    title: product?.title ?? '',
    handle: product?.handle ?? '',
    subtitle: product?.subtitle ?? '',
    vendor: product?.vendor ?? '',
    status: product?.status ?? 'draft',
    description: product?.description ?? '',
    categoryId: product?.category?.id ?? null,
    collectionIds: product?.collections.map((collection) => collection.id) ?? [],
    tags: product?.tags ?? [],
    options: product?.options ?? [],
    seoTitle: product?.seoTitle ?? '',
    seoDescription: product?.seoDescription ?? '',
  };
}

/** An empty handle lets the API make one from the title; empty SEO texts fall back to the title and description. */
export function productBody(values: ProductValues): UpdateProductDto & Omit<CreateProductDto, 'variants'> {
  return {
    ...values,
    handle: values.handle || undefined,
    seoTitle: values.seoTitle || null,
    seoDescription: values.seoDescription || null,
  };
}
