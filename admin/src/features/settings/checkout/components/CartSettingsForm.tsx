import { zodResolver } from '@hookform/resolvers/zod';
import type { CartSettingsDto } from '@tillpoint/sdk';
import { useForm, useWatch } from 'react-hook-form';
import { applyProblem } from '../../../../shared/forms/apply-problem';
import { Field } from '../../../../shared/ui/Field';
import { FormError } from '../../../../shared/ui/FormError';
import { FormSection } from '../../../../shared/ui/FormSection';
import { SaveBar } from '../../../../shared/ui/SaveBar';
import { toast } from '../../../../shared/ui/toast';
import { UnitInput } from '../../../../shared/ui/UnitInput';
import {
  CART_SETTING_FIELDS,
  cartSettingsInput,
  cartSettingsSchema,
  describeMinutes,
  type CartSettingName,
  type CartSettingsInput,
} from '../cart-settings-form';
import { useUpdateCartSettings } from '../use-cart-settings';

const FORM_ID = 'cart-settings';

interface SettingSpec {
  name: CartSettingName;
  label: string;
  unit: string;
  hint: string;
}

const LIMITS: SettingSpec[] = [
  { name: 'maxQuantityPerLine', label: 'Units of one product', unit: 'units', hint: 'Most units of one variant in a cart. 1 to 9,999.' },
  { name: 'maxLines', label: 'Different products', unit: 'lines', hint: 'Most different variants in a cart. 1 to 500.' },
  { name: 'maxItemsPerOrder', label: 'Units per order', unit: 'units', hint: 'Most units in one order, all lines together. 1 to 99,999.' },
];

const TIMES: SettingSpec[] = [
  {
    name: 'reservationMinutes',
    label: 'Stock reservation',
    unit: 'minutes',
    hint: 'Stock is held for a shopper who starts paying, so nobody else buys it meanwhile; then it is released. 1 to 1,440 (a day).',
  },
  {
    name: 'idleDays',
    label: 'Forgotten carts expire after',
    unit: 'days',
    hint: 'A cart nobody touched for this long is emptied and its reservations released. 1 to 365.',
  },
];

export function CartSettingsForm({ settings, canManage }: { settings: CartSettingsDto; canManage: boolean }) {
  const save = useUpdateCartSettings();
  const form = useForm<CartSettingsInput, unknown, CartSettingsDto>({
    resolver: zodResolver(cartSettingsSchema),
    defaultValues: cartSettingsInput(settings),
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const reservation = Number(useWatch({ control: form.control, name: 'reservationMinutes' }));

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      form.reset(cartSettingsInput(saved));
      toast.success('The cart settings were saved.');
    } catch (error) {
      applyProblem(error, form.setError, { fields: CART_SETTING_FIELDS });
    }
  });

  const field = ({ name, label, unit, hint }: SettingSpec, extraHint?: string) => (
    <Field key={name} label={label} hint={extraHint ? `${hint} ${extraHint}` : hint} error={errors[name]?.message}>
      {(props) => <UnitInput {...props} {...form.register(name)} unit={unit} disabled={!canManage} className="w-full sm:w-44" />}
    </Field>
  );

  return (
    <form id={FORM_ID} onSubmit={submit} noValidate className="max-w-3xl space-y-5">
      <FormError errors={errors} />
      <FormSection title="Cart limits" description="Shoppers are told when they reach one, and cannot add more.">
        <div className="grid gap-5 sm:grid-cols-3">{LIMITS.map((spec) => field(spec))}</div>
      </FormSection>
      <FormSection title="Timing" description="How long stock waits for a shopper, and how long a cart is kept.">
        <div className="grid gap-5 sm:grid-cols-2">
          {TIMES.map((spec) =>
            field(spec, spec.name === 'reservationMinutes' && reservation > 59 ? `Now: ${describeMinutes(reservation)}.` : undefined),
          )}
        </div>
      </FormSection>
      {canManage && (
        <SaveBar visible={isDirty} saving={isSubmitting} form={FORM_ID} onDiscard={() => form.reset()} saveLabel="Save cart settings" />
      )}
    </form>
  );
}
