import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '../../../shared/ui/Field';
import { Select } from '../../../shared/ui/Select';
import { isProductStatus, PRODUCT_STATUS, PRODUCT_STATUSES } from '../product-status';
import type { ProductValues } from '../product-form';

const OPTIONS = PRODUCT_STATUSES.map((status) => ({
  value: status,
  label: PRODUCT_STATUS[status].label,
  description: PRODUCT_STATUS[status].description,
}));

export function ProductStatusField() {
  const { control } = useFormContext<ProductValues>();
  return (
    <Controller
      control={control}
      name="status"
      render={({ field, fieldState }) => (
        <Field
          label={<span className="sr-only">Status</span>}
          error={fieldState.error?.message}
          hint={PRODUCT_STATUS[field.value].description}
        >
          {(props) => (
            <Select
              {...props}
              value={field.value}
              options={OPTIONS}
              onValueChange={(value) => isProductStatus(value) && field.onChange(value)}
            />
          )}
        </Field>
      )}
    />
  );
}
