import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  tone: 'success' | 'error';
  message: string;
}

const DISMISS_AFTER_MS = 5000;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly Toast[]) {
  toasts = next;
  listeners.forEach((listener) => listener());
}

function show(tone: Toast['tone'], message: string) {
  const id = nextId++;
  publish([...toasts, { id, tone, message }]);
  setTimeout(() => dismissToast(id), DISMISS_AFTER_MS);
}

/** Short confirmations of something done elsewhere on the page ("Invitation sent"). */
export const toast = {
  success: (message: string) => show('success', message),
  error: (message: string) => show('error', message),
};

export function dismissToast(id: number) {
  publish(toasts.filter((t) => t.id !== id));
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
  );
}
