import type { ShippingCalendarView } from '@tillpoint/sdk';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { formatCalendarDate, toDateInputValue } from '../../../shared/format/dates';
import { Button } from '../../../shared/ui/Button';
import { Checkbox } from '../../../shared/ui/Checkbox';
import { Chip } from '../../../shared/ui/Chip';
import { Field } from '../../../shared/ui/Field';
import { FormSection } from '../../../shared/ui/FormSection';
import { Input } from '../../../shared/ui/Input';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { SearchSelect } from '../../../shared/ui/SearchSelect';
import { toast } from '../../../shared/ui/toast';
import { useUpdateCalendar } from '../use-shipping';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
  day,
  // 2024-01-01 was a Monday: ISO weekday 1.
  name: new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(new Date(2024, 0, day)),
}));
const TIME_ZONES = Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));

/** The days parcels are handled and delivered, in the warehouse's time zone. Mount with `key` so a reload starts afresh. */
export function CalendarForm({ calendar, canManage }: { calendar: ShippingCalendarView; canManage: boolean }) {
  const save = useUpdateCalendar();
  const [timezone, setTimezone] = useState(calendar.timezone);
  const [workingDays, setWorkingDays] = useState(calendar.workingDays);
  const [holidays, setHolidays] = useState(calendar.holidays);
  const [newHoliday, setNewHoliday] = useState('');
  const changed =
    timezone !== calendar.timezone || workingDays.join() !== calendar.workingDays.join() || holidays.join() !== calendar.holidays.join();
  const today = toDateInputValue(new Date());

  const toggleDay = (day: number, on: boolean) => setWorkingDays((days) => (on ? [...days, day].sort() : days.filter((d) => d !== day)));
  const addHoliday = () => {
    if (newHoliday && !holidays.includes(newHoliday)) setHolidays([...holidays, newHoliday].sort());
    setNewHoliday('');
  };
  const submit = () =>
    save.mutate({ timezone, workingDays, holidays }, { onSuccess: () => toast.success('The shipping calendar was saved.') });

  return (
    <div className="max-w-3xl space-y-5">
      {save.error && <ProblemNotice error={save.error} />}
      <FormSection title="Time zone" description="Cut-off times and delivery days are counted in it.">
        <Field label="Warehouse time zone">
          {(props) => <SearchSelect {...props} options={TIME_ZONES} value={timezone} onChange={setTimezone} disabled={!canManage} />}
        </Field>
      </FormSection>
      <FormSection title="Working days" description="Days on which parcels are packed and carriers deliver.">
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {WEEKDAYS.map(({ day, name }) => (
            <Checkbox
              key={day}
              checked={workingDays.includes(day)}
              onCheckedChange={(on) => toggleDay(day, on)}
              label={name}
              disabled={!canManage}
            />
          ))}
        </div>
        {workingDays.length === 0 && <p className="text-xs font-medium text-red-700">Choose at least one working day.</p>}
      </FormSection>
      <FormSection title="Holidays" description="Closed days: nothing is packed or delivered.">
        {canManage && (
          <div className="flex gap-2">
            <Input
              type="date"
              aria-label="Holiday to add"
              className="max-w-48"
              min={today}
              value={newHoliday}
              onChange={(event) => setNewHoliday(event.target.value)}
            />
            <Button onClick={addHoliday} disabled={!newHoliday}>
              <Plus aria-hidden /> Add
            </Button>
          </div>
        )}
        {holidays.length === 0 ? (
          <p className="text-stone-500">No holidays.</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5" aria-label="Holidays">
            {holidays.map((date) => (
              <li key={date}>
                <Chip
                  onRemove={canManage ? () => setHolidays(holidays.filter((d) => d !== date)) : undefined}
                  removeLabel={`Remove ${formatCalendarDate(date)}`}
                >
                  <span className={date < today ? 'text-stone-400' : undefined}>{formatCalendarDate(date)}</span>
                </Chip>
              </li>
            ))}
          </ul>
        )}
      </FormSection>
      {canManage && (
        <div className="flex justify-end gap-2">
          <Button
            disabled={!changed || save.isPending}
            onClick={() => {
              setTimezone(calendar.timezone);
              setWorkingDays(calendar.workingDays);
              setHolidays(calendar.holidays);
            }}
          >
            Discard
          </Button>
          <Button variant="primary" onClick={submit} loading={save.isPending} disabled={!changed || workingDays.length === 0}>
            Save calendar
          </Button>
        </div>
      )}
    </div>
  );
}
