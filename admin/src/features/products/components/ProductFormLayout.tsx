import { Link } from '@tanstack/react-router';
import { ArrowLeft } from 'lucide-react';
import type { FormEvent, ReactNode } from 'react';
import { FormProvider, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../../shared/ui/Button';
import { FormError } from '../../../shared/ui/FormError';
import { FormSection } from '../../../shared/ui/FormSection';
import { SaveBar } from '../../../shared/ui/SaveBar';
import type { ProductValues } from '../product-form';
import { DescriptionField } from './DescriptionField';
import { OptionsEditor } from './OptionsEditor';
import { OrganisationFields } from './OrganisationFields';
import { ProductDetailsFields } from './ProductDetailsFields';
import { ProductStatusField } from './ProductStatusField';
import { SeoFields } from './SeoFields';

const FORM_ID = 'product-form';

interface ProductFormLayoutProps {
  form: UseFormReturn<ProductValues>;
  onSubmit: (event?: FormEvent) => Promise<void>;
  title: ReactNode;
  /** Beside the title: the status, a link to the shop. */
  badges?: ReactNode;
  canManage: boolean;
  isNew: boolean;
  savedDescription?: { markdown: string; html: string };
  /** The variants and images sections: they save on their own, outside this form. */
  variants: ReactNode;
  images?: ReactNode;
  /** Facts under the organisation, such as dates. */
  aside?: ReactNode;
}

/** The product editor's frame: the form's sections in a main column, status and organisation beside them. */
export function ProductFormLayout({
  form,
  onSubmit,
  title,
  badges,
  canManage,
  isNew,
  savedDescription,
  variants,
  images,
  aside,
}: ProductFormLayoutProps) {
  const { isDirty, isSubmitting, errors } = form.formState;
  return (
    <FormProvider {...form}>
      {/* The sections sit outside this element on purpose: the variant dialogs' own forms must not submit it. */}
      <form id={FORM_ID} onSubmit={onSubmit} noValidate hidden />
      <Link to="/products" className="mb-2 inline-flex items-center gap-1 text-[13px] font-medium text-stone-500 hover:text-stone-900">
        <ArrowLeft aria-hidden className="size-3.5" /> Products
      </Link>
      <header className="mb-5 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <h1 className="truncate text-xl font-semibold tracking-tight text-stone-900">{title}</h1>
          {badges}
        </div>
        {canManage && (
          <Button type="submit" form={FORM_ID} variant="primary" loading={isSubmitting} disabled={!isDirty && !isNew}>
            {isNew ? 'Create product' : 'Save'}
          </Button>
        )}
      </header>
      <FormError errors={errors} />
      <div className="mt-4 grid gap-5 lg:grid-cols-[minmax(0,1fr)_19rem]">
        <fieldset disabled={!canManage} className="min-w-0 space-y-5">
          <FormSection title="Details">
            <ProductDetailsFields isNew={isNew} />
          </FormSection>
          <FormSection title="Description">
            <DescriptionField saved={savedDescription} readOnly={!canManage} />
          </FormSection>
          <FormSection
            title="Options"
            description={isNew ? 'Sizes, colours… Each variant takes one value of each.' : 'Values in use by a variant cannot be removed.'}
          >
            <OptionsEditor disabled={!canManage} />
          </FormSection>
          {variants}
          {images}
          <FormSection title="Search engine listing">
            <SeoFields />
          </FormSection>
        </fieldset>
        <fieldset disabled={!canManage} className="order-first min-w-0 space-y-5 lg:order-last">
          <FormSection title="Status">
            <ProductStatusField />
          </FormSection>
          <FormSection title="Organisation">
            <OrganisationFields disabled={!canManage} />
          </FormSection>
          {aside}
        </fieldset>
      </div>
      {canManage && (
        <SaveBar
          visible={isDirty}
          saving={isSubmitting}
          form={FORM_ID}
          onDiscard={isNew ? undefined : () => form.reset()}
          saveLabel={isNew ? 'Create product' : 'Save'}
        />
      )}
    </FormProvider>
  );
}
