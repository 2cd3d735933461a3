import { Globe, Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../shared/ui/Button';
import { Card } from '../../shared/ui/Card';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ProblemNotice } from '../../shared/ui/Notice';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadingState } from '../../shared/ui/Spinner';
import { useCan } from '../auth/use-me';
import { DeliveryPreviewPanel } from './components/DeliveryPreviewPanel';
import { ShippingNav } from './components/ShippingNav';
import { ZoneCard } from './components/ZoneCard';
import { ZoneDialog } from './components/ZoneDialog';
import { useShippingMethods, useShippingZones } from './use-shipping';

export function ShippingPage() {
  const canManage = useCan('shipping:manage');
  const zones = useShippingZones();
  const methods = useShippingMethods();
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title="Shipping"
        description="Where the store delivers, how, and at what price. A destination gets the methods of the most specific zone that covers it."
        actions={
          canManage && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Plus aria-hidden /> New zone
            </Button>
          )
        }
      />
      <ShippingNav />
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-5">
          {(zones.isPending || methods.isPending) && <LoadingState />}
          {(zones.error ?? methods.error) && <ProblemNotice error={zones.error ?? methods.error} />}
          {zones.data?.length === 0 && (
            <Card>
              <EmptyState
                icon={Globe}
                title="No shipping zones yet"
                action={
                  canManage && (
                    <Button variant="primary" onClick={() => setCreating(true)}>
                      New zone
                    </Button>
                  )
                }
              >
                Without a zone, checkout cannot offer any delivery. Start with your own country.
              </EmptyState>
            </Card>
          )}
          {methods.data &&
            zones.data?.map((zone) => (
              <ZoneCard key={zone.id} zone={zone} methods={methods.data.get(zone.id) ?? []} canManage={canManage} />
            ))}
        </div>
        <div className="lg:sticky lg:top-20">
          <DeliveryPreviewPanel />
        </div>
      </div>
      {creating && <ZoneDialog onOpenChange={setCreating} />}
    </>
  );
}
