import { ProblemNotice } from '../../../shared/ui/Notice';
import { LoadingState } from '../../../shared/ui/Spinner';
import { useCan } from '../../auth/use-me';
import { PaymentSettingsForm } from './components/PaymentSettingsForm';
import { usePaymentSettings } from './use-payment-settings';

export function PaymentSettingsPage() {
  const canManage = useCan('settings:manage');
  const settings = usePaymentSettings();
  if (settings.isPending) return <LoadingState />;
  if (settings.error) return <ProblemNotice error={settings.error} />;
  return <PaymentSettingsForm settings={settings.data} canManage={canManage} />;
}
