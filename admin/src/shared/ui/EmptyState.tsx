import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
}: {
  icon: LucideIcon;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center px-6 py-12 text-center">
      <span className="mb-3 flex size-10 items-center justify-center rounded-full bg-stone-100 text-stone-500">
        <Icon aria-hidden className="size-5" />
      </span>
      <h3 className="font-semibold text-stone-900">{title}</h3>
      {children && <p className="mt-1 max-w-sm text-stone-600">{children}</p>}
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}
