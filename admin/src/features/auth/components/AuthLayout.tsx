import type { ReactNode } from 'react';
import { Card } from '../../../shared/ui/Card';
import { BrandMark } from '../../../app/BrandMark';

/** The signed-out pages: one centred card, nothing to navigate to yet. */
export function AuthLayout({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2.5">
          <BrandMark />
          <span className="text-base font-semibold tracking-tight text-stone-900">Tillpoint Admin</span>
        </div>
        <Card className="p-6">
          <h1 className="text-lg font-semibold tracking-tight text-stone-900">{title}</h1>
          {description && <p className="mt-1 text-stone-600">{description}</p>}
          <div className="mt-5">{children}</div>
        </Card>
      </div>
    </main>
  );
}
