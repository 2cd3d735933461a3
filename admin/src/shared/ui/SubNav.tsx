import { Link, type LinkProps } from '@tanstack/react-router';

export interface SubNavItem {
  to: LinkProps['to'];
  label: string;
}

/** The pages of one section (stock levels, movements, locations) as tabs under its heading. */
export function SubNav({ items, label }: { items: readonly SubNavItem[]; label: string }) {
  return (
    <nav aria-label={label} className="-mt-2 mb-5 overflow-x-auto border-b border-stone-200">
      <ul className="flex gap-5">
        {items.map((item) => (
          <li key={item.label}>
            <Link
              to={item.to}
              activeOptions={{ exact: true, includeSearch: false }}
              className="-mb-px block border-b-2 border-transparent pt-1 pb-2.5 font-medium whitespace-nowrap text-stone-500 hover:text-stone-900 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
