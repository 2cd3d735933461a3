import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from '@tanstack/react-router';
import type { CreateVariantDto } from '@tillpoint/sdk';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { applyProblem } from '../../shared/forms/apply-problem';
import { toast } from '../../shared/ui/toast';
import { ProductFormLayout } from './components/ProductFormLayout';
import { VariantsSection } from './components/VariantsSection';
import { PRODUCT_FIELDS, productBody, productSchema, productValues, type ProductValues } from './product-form';
import { useCreateProduct } from './use-products';
import { draftVariantView } from './variant-form';

interface DraftVariant {
  id: string;
  body: CreateVariantDto;
}

/** A new product is saved whole, variants included; images can be added once it exists. */
export function NewProductPage() {
  const navigate = useNavigate();
  const create = useCreateProduct();
  const form = useForm<ProductValues>({ resolver: zodResolver(productSchema), defaultValues: productValues() });
  const [drafts, setDrafts] = useState<DraftVariant[]>([]);
  const nextId = useRef(1);
  const formOptions = useWatch({ control: form.control, name: 'options' });
  const options = formOptions.filter((option) => option.name.trim() && option.values.length > 0);

  const submit = form.handleSubmit(async (values) => {
    if (drafts.length === 0) {
      form.setError('root.server', { type: 'client', message: 'Add at least one variant, with its SKU and price.' });
      return;
    }
    try {
      const created = await create.mutateAsync({ ...productBody(values), variants: drafts.map((draft) => draft.body) });
      toast.success(`“${created.title}” was created. Add its images next.`);
      await navigate({ to: '/products/$productId', params: { productId: created.id }, replace: true });
    } catch (error) {
      applyProblem(error, form.setError, { fields: PRODUCT_FIELDS, codes: { handle_taken: 'handle' }, listUnplaced: true });
    }
  });

  const saveDraft = async (draftId: string | undefined, body: CreateVariantDto) => {
    const taken = drafts.some((draft) => draft.id !== draftId && draft.body.sku.toLowerCase() === body.sku.toLowerCase());
    if (taken) throw new Error(`Another variant already has the SKU ${body.sku}.`);
    if (draftId) setDrafts((current) => current.map((draft) => (draft.id === draftId ? { id: draftId, body } : draft)));
    else setDrafts((current) => [...current, { id: `draft-${nextId.current++}`, body }]);
  };

  return (
    <ProductFormLayout
      form={form}
      onSubmit={submit}
      title="New product"
      canManage
      isNew
      variants={
        <VariantsSection
          variants={drafts.map((draft) => draftVariantView(draft.body, options, draft.id))}
          options={options}
          canManage
          description="Saved with the product. Define the options first."
          onSave={saveDraft}
          onDelete={async (variant) => setDrafts((current) => current.filter((draft) => draft.id !== variant.id))}
        />
      }
    />
  );
}
