import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  idempotent,
  type AdminOrderView,
  type CancelOrderDto,
  type CreateReturnDto,
  type FulfilOrderDto,
  type MoneyView,
  type PostalAddressDto,
  type ReceiveReturnDto,
  type RefundOrderDto,
  type TrackingDto,
} from '@tillpoint/sdk';
import { api } from '../../api/client';
import { INVENTORY_KEY } from '../inventory/use-stock';
import { ORDERS_KEY, orderKey } from './use-orders';

/**
 * A command on one order. The API answers with the order as it now is, so the page shows it at once;
 * the lists, and the stock that most steps move, are read again.
 */
function useOrderCommand<Input = void>(orderId: string, run: (input: Input) => Promise<AdminOrderView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (order) => {
      queryClient.setQueryData(orderKey(orderId), order);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...ORDERS_KEY, 'list'] }),
        queryClient.invalidateQueries({ queryKey: INVENTORY_KEY }),
      ]);
    },
  });
}

export function useFulfilOrder(id: string) {
  return useOrderCommand(id, (body: FulfilOrderDto) => api().adminFulfilOrder({ path: { id }, body }));
}

export function useShipOrder(id: string) {
  return useOrderCommand(id, (body: TrackingDto) => api().adminShipOrder({ path: { id }, body }));
}

export function useDeliverOrder(id: string) {
  return useOrderCommand(id, () => api().adminDeliverOrder({ path: { id } }));
}

export function useCompleteOrder(id: string) {
  return useOrderCommand(id, () => api().adminCompleteOrder({ path: { id } }));
}

export function useCancelOrder(id: string) {
  return useOrderCommand(id, (body: CancelOrderDto) => api().adminCancelOrder({ path: { id }, body }));
}

/** With the dialog's Idempotency-Key: a double click or a retry refunds once. */
export function useRefundOrder(id: string) {
  return useOrderCommand(id, ({ body, key }: { body: RefundOrderDto; key: string }) =>
    api().adminRefundOrder({ path: { id }, body, headers: idempotent(key) }),
  );
}

export function useCreateReturn(id: string) {
  return useOrderCommand(id, (body: CreateReturnDto) => api().adminRequestReturn({ path: { id }, body }));
}

export function useApproveReturn(id: string) {
  return useOrderCommand(id, (returnId: string) => api().adminApproveReturn({ path: { id, returnId } }));
}

export function useRejectReturn(id: string) {
  return useOrderCommand(id, (returnId: string) => api().adminRejectReturn({ path: { id, returnId } }));
}

export function useReceiveReturn(id: string) {
  return useOrderCommand(id, ({ returnId, body }: { returnId: string; body: ReceiveReturnDto }) =>
    api().adminReceiveReturn({ path: { id, returnId }, body }),
  );
}

export function useChangeShippingAddress(id: string) {
  return useOrderCommand(id, (body: PostalAddressDto) => api().adminChangeOrderShippingAddress({ path: { id }, body }));
}

export function useAddOrderNote(id: string) {
  return useOrderCommand(id, (text: string) => api().adminAddOrderNote({ path: { id }, body: { text } }));
}

/** Cash the courier took at the door; the answer is the payment, so the order is read again. */
export function useRecordCashPayment(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ paymentId, amount, key }: { paymentId: string; amount: MoneyView; key: string }) =>
      api().adminRecordCashCollection({ path: { id: paymentId }, body: { amount }, headers: idempotent(key) }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orderKey(orderId) }),
        queryClient.invalidateQueries({ queryKey: [...ORDERS_KEY, 'list'] }),
      ]),
  });
}
