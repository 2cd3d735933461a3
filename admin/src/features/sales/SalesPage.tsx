import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../shared/ui/Button';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCan } from '../auth/use-me';
import { SaleDialog } from './components/SaleDialog';
import { SalesTable } from './components/SalesTable';

export function SalesPage() {
  const canManage = useCan('pricing:manage');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Sales"
        description={
          canManage
            ? 'Price lists that reduce prices for a while. Shoppers see the old price struck through.'
            : 'Price lists that reduce prices for a while. Changing them needs the pricing permission.'
        }
        actions={
          canManage && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Plus aria-hidden /> New sale
            </Button>
          )
        }
      />
      <SalesTable canManage={canManage} onCreate={() => setCreating(true)} />
      {creating && <SaleDialog onOpenChange={setCreating} />}
    </>
  );
}
