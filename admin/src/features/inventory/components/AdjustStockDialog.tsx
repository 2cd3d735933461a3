import { zodResolver } from '@hookform/resolvers/zod';
import type { StockLevelView } from '@tillpoint/sdk';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { wholeNumber } from '../../../shared/forms/fields';
import { useIdempotencyKey } from '../../../shared/hooks/use-idempotency-key';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { RadioGroup } from '../../../shared/ui/RadioGroup';
import { Select } from '../../../shared/ui/Select';
import { toast } from '../../../shared/ui/toast';
import { ADJUSTMENT_REASON, ADJUSTMENT_REASONS } from '../stock-labels';
import { useAdjustStock } from '../use-stock';
import { StockFacts } from './StockFacts';

const schema = z
  .object({
    mode: z.enum(['change', 'count']),
    quantity: wholeNumber({ min: -1_000_000, max: 1_000_000 }),
    reason: z.enum(ADJUSTMENT_REASONS),
    note: z.string().trim().max(500, 'Use at most 500 characters'),
  })
  .superRefine(({ mode, quantity, reason }, ctx) => {
    if (mode === 'change' && quantity === 0) ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'Enter a change other than 0' });
    if (mode === 'count' && quantity < 0) ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'A count is 0 or more' });
    if (mode === 'change' && (reason === 'received' || reason === 'returned') && quantity < 0)
      ctx.addIssue({
        code: 'custom',
        path: ['quantity'],
        message: `${ADJUSTMENT_REASON[reason].label} stock is added: use a positive number`,
      });
  });
type AdjustInput = z.input<typeof schema>;
type AdjustOutput = z.output<typeof schema>;

const MODES = [
  { value: 'change', label: 'Change by', description: 'Add or remove units: 5 or −2.' },
  { value: 'count', label: 'Set counted quantity', description: 'What is on the shelf now.' },
] as const;
const REASON_OPTIONS = ADJUSTMENT_REASONS.map((reason) => ({
  value: reason,
  label: ADJUSTMENT_REASON[reason].label,
  description: ADJUSTMENT_REASON[reason].description,
}));

/** Changes the units on hand at one location, with a reason. Mount only while open. */
export function AdjustStockDialog({ level, onOpenChange }: { level: StockLevelView; onOpenChange: (open: boolean) => void }) {
  const adjust = useAdjustStock();
  const { keyFor } = useIdempotencyKey();
  const form = useForm<AdjustInput, unknown, AdjustOutput>({
    resolver: zodResolver(schema),
    defaultValues: { mode: 'change', quantity: '', reason: 'received', note: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const [mode, quantityText] = useWatch({ control: form.control, name: ['mode', 'quantity'] });
  const typed = /^[-−]?\d+$/.test(quantityText.trim()) ? Number(quantityText.trim().replace('−', '-')) : null;
  const after = typed === null ? null : mode === 'count' ? typed : level.onHand + typed;

  const submit = form.handleSubmit(async ({ mode: how, quantity, reason, note }) => {
    const body = {
      variantId: level.variantId,
      locationId: level.locationId,
      reason,
      note: note || undefined,
      ...(how === 'count' ? { countedQuantity: quantity } : { quantity }),
    };
    try {
      await adjust.mutateAsync({ body, key: keyFor(body) });
      toast.success(`${level.sku} at ${level.locationName}: stock adjusted.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['quantity', 'reason', 'note'], codes: { insufficient_stock: 'quantity' } });
    }
  });

  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      title="Adjust stock"
      description={`${level.productTitle} · ${level.variantTitle} at ${level.locationName}`}
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <StockFacts level={level} after={after} />
        <Controller
          control={form.control}
          name="mode"
          render={({ field }) => (
            <RadioGroup
              legend="How"
              value={field.value}
              options={MODES}
              onChange={(next) => {
                field.onChange(next);
                form.setValue('reason', next === 'count' ? 'cycle_count' : 'received');
              }}
            />
          )}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={mode === 'count' ? 'Counted units' : 'Change in units'}
            inputMode="numeric"
            autoComplete="off"
            placeholder={mode === 'count' ? String(level.onHand) : '5 or −2'}
            error={errors.quantity?.message}
            {...form.register('quantity')}
          />
          <Controller
            control={form.control}
            name="reason"
            render={({ field }) => (
              <Field label="Reason" error={errors.reason?.message}>
                {(props) => (
                  <Select
                    {...props}
                    value={field.value}
                    options={REASON_OPTIONS}
                    onValueChange={(value) => field.onChange(ADJUSTMENT_REASONS.find((reason) => reason === value) ?? field.value)}
                  />
                )}
              </Field>
            )}
          />
        </div>
        <TextField
          label="Note (optional)"
          autoComplete="off"
          placeholder="Delivery note 4411"
          error={errors.note?.message}
          {...form.register('note')}
        />
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          Adjust stock
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
