import { Anchor, Text } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { reviewDateWarning, todayIso } from '../../../../shared/dates';

/** Today plus twelve months, the default review cycle (a yearly review is what most records need). */
export function inTwelveMonths(now: Date = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()));
  // 29 February plus a year lands on 1 March; keep it in February.
  if (d.getUTCMonth() !== now.getUTCMonth()) d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

type Props = Omit<DateInputProps, 'value' | 'onChange'> & { value?: string | null; onChange: (value: string | null) => void };

/**
 * A review date: a link sets it to twelve months from today, and a date already past is allowed
 * (it records an overdue review) but says so beside the field before anything is saved.
 */
export function ReviewDateInput({ value, onChange, description, ...input }: Props) {
  const warning = reviewDateWarning(value ?? null, todayIso());
  return (
    <DateInput
      valueFormat="YYYY-MM-DD"
      placeholder="Pick a date"
      clearable
      value={value ?? null}
      onChange={(v) => onChange(v ? String(v).slice(0, 10) : null)}
      description={
        warning ? (
          <Text span size="xs" c="orange.9" role="status">{warning}</Text>
        ) : (
          <>
            {description}
            {description ? ' ' : ''}
            {value !== inTwelveMonths() && (
              <Anchor component="button" type="button" size="xs" onClick={() => onChange(inTwelveMonths())}>
                Set to 12 months from today
              </Anchor>
            )}
          </>
        )
      }
      {...input}
    />
  );
}
