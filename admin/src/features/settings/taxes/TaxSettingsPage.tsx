import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../shared/ui/Button';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { LoadingState } from '../../../shared/ui/Spinner';
import { useCan } from '../../auth/use-me';
import { PricesIncludeTaxForm } from './components/PricesIncludeTaxForm';
import { TaxRateDialog } from './components/TaxRateDialog';
import { TaxRatesTable } from './components/TaxRatesTable';
import { useTaxSettings } from './use-taxes';

export function TaxSettingsPage() {
  const canManage = useCan('settings:manage');
  const settings = useTaxSettings();
  const [creating, setCreating] = useState(false);
  return (
    <div className="max-w-4xl space-y-6">
      {settings.isPending && <LoadingState />}
      {settings.error && <ProblemNotice error={settings.error} />}
      {settings.data && (
        <PricesIncludeTaxForm key={String(settings.data.pricesIncludeTax)} settings={settings.data} canManage={canManage} />
      )}
      <section aria-labelledby="tax-rates-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="tax-rates-heading" className="font-semibold text-stone-900">
              Tax rates
            </h2>
            <p className="mt-0.5 text-xs text-stone-500">
              Per country, and per region where it differs. A region’s rate wins over its country’s.
            </p>
          </div>
          {canManage && (
            <Button onClick={() => setCreating(true)}>
              <Plus aria-hidden /> Add rate
            </Button>
          )}
        </div>
        <TaxRatesTable canManage={canManage} onCreate={() => setCreating(true)} />
      </section>
      {creating && <TaxRateDialog onOpenChange={setCreating} />}
    </div>
  );
}
