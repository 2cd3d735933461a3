import { Link } from '@tanstack/react-router';
import { ArrowRight } from 'lucide-react';
import { sectionsFor } from '../../app/sections';
import { Card } from '../../shared/ui/Card';
import { useMe } from '../auth/use-me';
import { RoleBadge } from '../staff/components/StaffBadges';
import { useRoles } from '../staff/use-roles';

// Later issues put live sales figures here; for now it welcomes and points to the sections.
export function OverviewPage() {
  const me = useMe();
  const roleDescription = useRoles()?.find((view) => view.role === me.role)?.description;
  const sections = sectionsFor(me).filter((section) => section.to !== '/');
  const firstName = me.name.split(/\s+/)[0] || me.name;

  return (
    <div className="space-y-6">
      <Card className="flex flex-col gap-4 p-5 sm:flex-row sm:items-center sm:justify-between sm:p-6">
        <div>
          <h1 className="text-xl font-semibold tracking-tight text-stone-900">Welcome back, {firstName}</h1>
          <p className="mt-1 text-stone-600">
            You are signed in as <span className="font-medium text-stone-800">{me.email}</span>.
          </p>
        </div>
        <div className="flex flex-col items-start gap-1 sm:max-w-xs sm:items-end sm:text-right">
          <RoleBadge role={me.role} />
          {roleDescription && <p className="text-xs text-stone-500">{roleDescription}</p>}
        </div>
      </Card>

      {sections.length > 0 ? (
        <section aria-labelledby="sections-heading">
          <h2 id="sections-heading" className="mb-3 text-sm font-semibold text-stone-900">
            Your sections
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {sections.map(({ to, label, icon: Icon, description }) => (
              <li key={to}>
                <Link
                  to={to}
                  className="group flex h-full flex-col rounded-lg border border-stone-200 bg-white p-4 shadow-xs transition hover:border-brand-600/40 hover:shadow-sm"
                >
                  <span className="flex items-center gap-2.5">
                    <span className="flex size-8 items-center justify-center rounded-lg bg-brand-50 text-brand-700">
                      <Icon aria-hidden className="size-4" />
                    </span>
                    <span className="font-semibold text-stone-900">{label}</span>
                    <ArrowRight
                      aria-hidden
                      className="ml-auto size-4 text-stone-300 transition group-hover:translate-x-0.5 group-hover:text-brand-700"
                    />
                  </span>
                  <span className="mt-2 text-stone-600">{description}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <Card className="p-6 text-stone-600">Your role has no admin sections yet. More arrive as the store’s tools are added here.</Card>
      )}
    </div>
  );
}
