import { ProblemNotice } from '../../../shared/ui/Notice';
import { LoadingState } from '../../../shared/ui/Spinner';
import { useCan } from '../../auth/use-me';
import { CartSettingsForm } from './components/CartSettingsForm';
import { useCartSettings } from './use-cart-settings';

export function CheckoutSettingsPage() {
  const canManage = useCan('settings:manage');
  const settings = useCartSettings();
  if (settings.isPending) return <LoadingState />;
  if (settings.error) return <ProblemNotice error={settings.error} />;
  return <CartSettingsForm settings={settings.data} canManage={canManage} />;
}
