import { ProblemNotice } from '../../shared/ui/Notice';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadingState } from '../../shared/ui/Spinner';
import { useCan } from '../auth/use-me';
import { CalendarForm } from './components/CalendarForm';
import { ShippingNav } from './components/ShippingNav';
import { useShippingCalendar } from './use-shipping';

export function ShippingCalendarPage() {
  const canManage = useCan('shipping:manage');
  const calendar = useShippingCalendar();
  return (
    <>
      <PageHeader title="Shipping" description="Delivery estimates count working days only, from the cut-off time on." />
      <ShippingNav />
      {calendar.isPending && <LoadingState />}
      {calendar.error && <ProblemNotice error={calendar.error} />}
      {calendar.data && <CalendarForm key={JSON.stringify(calendar.data)} calendar={calendar.data} canManage={canManage} />}
    </>
  );
}
