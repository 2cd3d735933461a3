import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../shared/ui/Button';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCan } from '../auth/use-me';
import { DiscountCodeDialog } from './components/DiscountCodeDialog';
import { DiscountCodesTable } from './components/DiscountCodesTable';

export function DiscountCodesPage() {
  const canManage = useCan('promotions:manage');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Discount codes"
        description={
          canManage
            ? 'Codes shoppers type at checkout. One code per order; it applies to the subtotal before shipping.'
            : 'Codes shoppers type at checkout. Changing them needs the promotions permission.'
        }
        actions={
          canManage && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Plus aria-hidden /> New code
            </Button>
          )
        }
      />
      <DiscountCodesTable canManage={canManage} onCreate={() => setCreating(true)} />
      {creating && <DiscountCodeDialog onOpenChange={setCreating} />}
    </>
  );
}
