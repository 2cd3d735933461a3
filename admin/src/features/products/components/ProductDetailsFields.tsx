import { useFormContext } from 'react-hook-form';
import { TextField } from '../../../shared/ui/Field';
import type { ProductValues } from '../product-form';

/** Title, subtitle, handle and vendor: what names the product. */
export function ProductDetailsFields({ isNew }: { isNew: boolean }) {
  const { register, formState } = useFormContext<ProductValues>();
  const { errors } = formState;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <TextField
          label="Title"
          autoComplete="off"
          placeholder="Merino crew sweater"
          error={errors.title?.message}
          {...register('title')}
        />
      </div>
      <div className="sm:col-span-2">
        <TextField
          label="Subtitle"
          autoComplete="off"
          placeholder="Soft, warm and light"
          hint="A short line under the title on the product page."
          error={errors.subtitle?.message}
          {...register('subtitle')}
        />
      </div>
      <TextField
        label="Handle"
        autoComplete="off"
        spellCheck={false}
        className="font-mono text-[13px]"
        placeholder={isNew ? 'Made from the title' : undefined}
        hint="The product's address in the shop: /products/handle."
        error={errors.handle?.message}
        {...register('handle')}
      />
      <TextField label="Vendor" autoComplete="off" placeholder="Marlow Studio" error={errors.vendor?.message} {...register('vendor')} />
    </div>
  );
}
