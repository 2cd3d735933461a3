import { zodResolver } from '@hookform/resolvers/zod';
import { useParams } from '@tanstack/react-router';
import type { AdminProductView } from '@tillpoint/sdk';
import { ExternalLink } from 'lucide-react';
import { useForm } from 'react-hook-form';
import { useStorefrontUrl } from '../../app/use-store-info';
import { formatDateTime } from '../../shared/format/dates';
import { applyProblem } from '../../shared/forms/apply-problem';
import { FormSection } from '../../shared/ui/FormSection';
import { ProblemNotice } from '../../shared/ui/Notice';
import { LoadingState } from '../../shared/ui/Spinner';
import { toast } from '../../shared/ui/toast';
import { useCan } from '../auth/use-me';
import { ImagesSection } from './components/ImagesSection';
import { ProductFormLayout } from './components/ProductFormLayout';
import { ProductStatusBadge } from './components/ProductStatusBadge';
import { VariantsSection } from './components/VariantsSection';
import { PRODUCT_FIELDS, productBody, productSchema, productValues, type ProductValues } from './product-form';
import { useProduct, useUpdateProduct } from './use-products';
import { useCreateVariant, useDeleteVariant, useUpdateVariant } from './use-variants';

export function EditProductPage() {
  const { productId } = useParams({ from: '/_app/products/$productId' });
  const product = useProduct(productId);
  if (product.error) return <ProblemNotice error={product.error} title="The product could not be loaded" />;
  if (!product.data) return <LoadingState label="Loading the product…" />;
  return <ProductEditor key={product.data.id} product={product.data} />;
}

function ProductEditor({ product }: { product: AdminProductView }) {
  const canManage = useCan('catalog:manage');
  const storefront = useStorefrontUrl();
  const update = useUpdateProduct(product.id);
  const createVariant = useCreateVariant(product.id);
  const updateVariant = useUpdateVariant(product.id);
  const deleteVariant = useDeleteVariant(product.id);
  const form = useForm<ProductValues>({ resolver: zodResolver(productSchema), defaultValues: productValues(product) });

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(productBody(values));
      form.reset(productValues(saved));
      toast.success(`“${saved.title}” was saved.`);
    } catch (error) {
      applyProblem(error, form.setError, { fields: PRODUCT_FIELDS, codes: { handle_taken: 'handle', options_in_use: 'options' } });
    }
  });

  return (
    <ProductFormLayout
      form={form}
      onSubmit={submit}
      title={product.title}
      badges={
        <>
          <ProductStatusBadge status={product.status} />
          {product.status === 'active' && storefront && (
            <a
              href={`${storefront}/products/${product.handle}`}
              target="_blank"
              rel="noreferrer"
              className="inline-flex items-center gap-1 text-[13px] font-medium text-brand-700 hover:underline"
            >
              View in shop <ExternalLink aria-hidden className="size-3.5" />
            </a>
          )}
        </>
      }
      canManage={canManage}
      isNew={false}
      savedDescription={{ markdown: product.description, html: product.descriptionHtml }}
      variants={
        <VariantsSection
          variants={product.variants}
          options={product.options}
          canManage={canManage}
          description="Saved as you change them. The options used are the saved ones."
          onSave={async (variantId, body) => {
            if (variantId) await updateVariant.mutateAsync({ variantId, ...body });
            else await createVariant.mutateAsync(body);
            toast.success(`${body.sku} was saved.`);
          }}
          onDelete={async (variant) => {
            await deleteVariant.mutateAsync(variant.id);
            toast.success(`${variant.title} was deleted.`);
          }}
        />
      }
      images={<ImagesSection product={product} canManage={canManage} />}
      aside={
        <FormSection title="History">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-[13px]">
            <dt className="text-stone-500">Created</dt>
            <dd>{formatDateTime(product.createdAt)}</dd>
            <dt className="text-stone-500">Updated</dt>
            <dd>{formatDateTime(product.updatedAt)}</dd>
            <dt className="text-stone-500">Published</dt>
            <dd>{product.publishedAt ? formatDateTime(product.publishedAt) : 'Not yet'}</dd>
          </dl>
        </FormSection>
      }
    />
  );
}
