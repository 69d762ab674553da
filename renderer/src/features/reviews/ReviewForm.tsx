import { Button, Group, MultiSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { Review } from '../../../../shared/contract/reviews';
import { api } from '../../api/client';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { usePeopleOptions } from '../../hooks';

interface Values {
  title: string;
  meetingDate: string | null;
  windowFrom: string | null;
  windowTo: string | null;
  location: string;
  chairId: string | null;
  attendeeIds: string[];
  guests: string;
}

const blank = (): Values => ({ title: `Management review ${new Date().getFullYear()}`, meetingDate: null, windowFrom: null, windowTo: null, location: '', chairId: null, attendeeIds: [], guests: '' });
const fromReview = (r: Review): Values => ({ title: r.title, meetingDate: r.meetingDate, windowFrom: r.windowFrom, windowTo: r.windowTo, location: r.location, chairId: r.chairId, attendeeIds: r.attendees.flatMap((a) => (a.personId ? [a.personId] : [])), guests: r.guests });

const validate = (v: Values) => ({
  title: v.title.trim() ? null : 'Title is required.',
  meetingDate: v.meetingDate ? null : 'Choose the meeting date.',
  windowTo: v.windowFrom && v.windowTo && v.windowTo < v.windowFrom ? 'The period reviewed cannot end before it starts.' : null,
});

/** The meeting: when, the period its inputs cover, where, the chair and who attends. */
export function ReviewForm({ review, onDone }: { review?: Review; onDone: (id?: string) => void }) {
  const form = useDraftForm<Values>(`review:${review?.id ?? 'new'}`, 'Management review', { initialValues: review ? fromReview(review) : blank(), validate });
  const people = usePeopleOptions();
  const submit = form.onSubmit(async (v) => {
    let id = review?.id;
    const input = { title: v.title, meetingDate: v.meetingDate!, location: v.location, chairId: v.chairId, attendeeIds: v.attendeeIds, guests: v.guests, ...(v.windowFrom ? { windowFrom: v.windowFrom } : {}), ...(v.windowTo ? { windowTo: v.windowTo } : {}) };
    await saveForm(form, async () => (id = (review ? await api.reviews.update({ ...input, id: review.id }) : await api.reviews.create(input)).id), { saved: review ? 'Review updated.' : 'Review planned; its inputs are compiled from the workspace.', failed: 'The review was not saved' }, () => onDone(id));
  });
  return (
    <form onSubmit={submit} noValidate aria-label={review ? 'Edit management review' : 'New management review'}>
      <Stack gap="sm">
        <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
        <SimpleGrid cols={3}>
          <DateInput label="Meeting date" required valueFormat="YYYY-MM-DD" {...form.getInputProps('meetingDate')} />
          <DateInput label="Period reviewed from" description="Empty: the previous review, or when the workspace began" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('windowFrom')} />
          <DateInput label="Period reviewed to" description="Empty: the meeting date" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('windowTo')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput label="Location or format" placeholder="Board room; video call" {...form.getInputProps('location')} />
          <PersonSelect label="Chair" description="Signs the review off" clearable {...form.getInputProps('chairId')} />
        </SimpleGrid>
        <MultiSelect label="Attendees" searchable clearable data={people.options} maxDropdownHeight={220} {...form.getInputProps('attendeeIds')} />
        <TextInput label="Guests" description="People outside the register, in words" {...form.getInputProps('guests')} />
        <Group justify="flex-end">
          <CancelButton onCancel={() => onDone()} />
          <Button type="submit" loading={form.submitting}>
            {review ? 'Save changes' : 'Plan the review'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
