import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  paginate,
  type CreateShippingMethodDto,
  type CreateShippingZoneDto,
  type DeliveryPreviewDto,
  type ShippingMethodView,
  type ShippingZoneView,
  type UpdateShippingCalendarDto,
  type UpdateShippingMethodDto,
  type UpdateShippingZoneDto,
} from '@tillpoint/sdk';
import { api } from '../../api/client';

const SHIPPING_KEY = ['shipping'] as const;

/** Every zone, in matching order; a store has a few. */
export function useShippingZones() {
  return useQuery({
    queryKey: [...SHIPPING_KEY, 'zones'],
    queryFn: async () => {
      const zones: ShippingZoneView[] = [];
      for await (const zone of paginate(api().adminListShippingZones, { query: { limit: 100 } })) zones.push(zone);
      return zones;
    },
  });
}

/** Every method of every zone, fetched together and grouped by zone. */
export function useShippingMethods() {
  return useQuery({
    queryKey: [...SHIPPING_KEY, 'methods'],
    queryFn: async () => {
      const byZone = new Map<string, ShippingMethodView[]>();
      for await (const method of paginate(api().adminListShippingMethods, { query: { limit: 100 } })) {
        byZone.set(method.zoneId, [...(byZone.get(method.zoneId) ?? []), method]);
      }
      return byZone;
    },
  });
}

export function useShippingCalendar() {
  return useQuery({ queryKey: [...SHIPPING_KEY, 'calendar'], queryFn: () => api().adminGetShippingCalendar() });
}

function useShippingMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: SHIPPING_KEY }) });
}

export function useCreateZone() {
  return useShippingMutation((body: CreateShippingZoneDto) => api().adminCreateShippingZone({ body }));
}

export function useUpdateZone() {
  return useShippingMutation(({ id, ...body }: UpdateShippingZoneDto & { id: string }) =>
    api().adminUpdateShippingZone({ path: { id }, body }),
  );
}

/** Deletes the zone with its methods. */
export function useDeleteZone() {
  return useShippingMutation((id: string) => api().adminDeleteShippingZone({ path: { id } }));
}

export function useCreateMethod() {
  return useShippingMutation((body: CreateShippingMethodDto) => api().adminCreateShippingMethod({ body }));
}

export function useUpdateMethod() {
  return useShippingMutation(({ id, ...body }: UpdateShippingMethodDto & { id: string }) =>
    api().adminUpdateShippingMethod({ path: { id }, body }),
  );
}

export function useDeleteMethod() {
  return useShippingMutation((id: string) => api().adminDeleteShippingMethod({ path: { id } }));
}

export function useUpdateCalendar() {
  return useShippingMutation((body: UpdateShippingCalendarDto) => api().adminUpdateShippingCalendar({ body }));
}

/** What a shopper would be offered for a parcel to a place: reads only, changes nothing. */
export function useDeliveryPreview() {
  return useMutation({ mutationFn: (body: DeliveryPreviewDto) => api().adminPreviewDeliveryOptions({ body }) });
}
