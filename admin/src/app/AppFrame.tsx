import { Outlet } from '@tanstack/react-router';
import { Menu as MenuIcon } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../shared/ui/Button';
import { Sheet } from '../shared/ui/Sheet';
import { BrandMark } from './BrandMark';
import { NavList } from './NavList';
import { useStoreName } from './use-store-info';
import { UserMenu } from './UserMenu';

/** Everything behind sign-in: a sidebar (a drawer on phones), a top bar with the account menu, the page. */
export function AppFrame() {
  const storeName = useStoreName();
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <div className="min-h-dvh lg:pl-60">
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-white px-3 py-2 font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <aside className="fixed inset-y-0 left-0 hidden w-60 flex-col border-r border-stone-200 bg-white lg:flex">
        <StoreHeading name={storeName} />
        <div className="flex-1 overflow-y-auto px-3 py-4">
          <NavList />
        </div>
      </aside>
      <Sheet side="left" open={drawerOpen} onOpenChange={setDrawerOpen} title={<StoreHeading name={storeName} compact />}>
        <div className="px-3 py-4">
          <NavList onNavigate={() => setDrawerOpen(false)} />
        </div>
      </Sheet>
      <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-stone-200 bg-white/95 px-4 backdrop-blur sm:px-6 lg:px-8">
        <Button variant="ghost" size="icon" className="-ml-2 lg:hidden" onClick={() => setDrawerOpen(true)} aria-label="Open navigation">
          <MenuIcon aria-hidden />
        </Button>
        <span className="truncate font-semibold text-stone-900 lg:hidden">{storeName}</span>
        <div className="ml-auto">
          <UserMenu />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none sm:px-6 lg:px-8 lg:py-8">
        <Outlet />
      </main>
    </div>
  );
}

function StoreHeading({ name, compact = false }: { name: string; compact?: boolean }) {
  return (
    <span className={compact ? 'flex items-center gap-2.5' : 'flex h-14 shrink-0 items-center gap-2.5 border-b border-stone-200 px-4'}>
      <BrandMark />
      <span className="truncate font-semibold tracking-tight text-stone-900">{name}</span>
    </span>
  );
}
