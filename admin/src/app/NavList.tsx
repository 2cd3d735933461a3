import { Link } from '@tanstack/react-router';
import { useMe } from '../features/auth/use-me';
import { sectionsFor } from './sections';

/** The sections this staff member may open; the sidebar and the phone drawer share it. */
export function NavList({ onNavigate }: { onNavigate?: () => void }) {
  const sections = sectionsFor(useMe());
  return (
    <nav aria-label="Main">
      <ul className="space-y-0.5">
        {sections.map(({ to, label, icon: Icon, badge: Badge }) => (
          <li key={to}>
            <Link
              to={to}
              onClick={onNavigate}
              activeOptions={{ exact: to === '/' }}
              className="group flex items-center gap-2.5 rounded-lg px-2.5 py-2 font-medium text-stone-600 transition-colors hover:bg-stone-100 hover:text-stone-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
            >
              <Icon aria-hidden className="size-4 text-stone-400 group-hover:text-stone-600 group-aria-[current=page]:text-brand-700" />
              {label}
              {Badge && <Badge />}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
