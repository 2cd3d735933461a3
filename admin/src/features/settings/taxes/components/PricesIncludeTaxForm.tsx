import type { TaxSettingsView } from '@tillpoint/sdk';
import { useState } from 'react';
import { Button } from '../../../../shared/ui/Button';
import { FormSection } from '../../../../shared/ui/FormSection';
import { ProblemNotice } from '../../../../shared/ui/Notice';
import { RadioGroup } from '../../../../shared/ui/RadioGroup';
import { toast } from '../../../../shared/ui/toast';
import { useUpdateTaxSettings } from '../use-taxes';

type PriceEntry = 'with-tax' | 'before-tax';

const OPTIONS = [
  {
    value: 'with-tax',
    label: 'Prices include tax',
    description: 'The EU way: tax is taken out of the price, and the shopper pays the price shown.',
  },
  { value: 'before-tax', label: 'Prices are before tax', description: 'The US way: tax is added at checkout, by the destination’s rate.' },
] as const;

/** How the prices typed into products are meant. Mount with `key` so a reload starts afresh. */
export function PricesIncludeTaxForm({ settings, canManage }: { settings: TaxSettingsView; canManage: boolean }) {
  const save = useUpdateTaxSettings();
  const saved: PriceEntry = settings.pricesIncludeTax ? 'with-tax' : 'before-tax';
  const [entry, setEntry] = useState<PriceEntry>(saved);

  const submit = () =>
    save.mutate({ pricesIncludeTax: entry === 'with-tax' }, { onSuccess: () => toast.success('The tax setting was saved.') });

  return (
    <FormSection
      title="Product prices"
      description="How the prices you enter on products are meant. Changing it changes what shoppers pay for every product."
    >
      {save.error && <ProblemNotice error={save.error} />}
      <RadioGroup legend="The prices you enter" value={entry} onChange={setEntry} options={OPTIONS} disabled={!canManage} />
      {canManage && entry !== saved && (
        <div className="flex justify-end gap-2">
          <Button onClick={() => setEntry(saved)} disabled={save.isPending}>
            Discard
          </Button>
          <Button variant="primary" onClick={submit} loading={save.isPending}>
            Save
          </Button>
        </div>
      )}
    </FormSection>
  );
}
