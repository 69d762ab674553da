import { Button, Group } from '@mantine/core';

/** Back / Next under a wizard; every step saves as you go, so moving never loses anything. */
export function WizardNav({ steps, active, onChange }: { steps: readonly string[]; active: number; onChange: (step: number) => void }) {
  return (
    <Group justify="space-between">
      <Button variant="default" disabled={active === 0} onClick={() => onChange(active - 1)} data-shortcut="prev-step" aria-keyshortcuts="Alt+ArrowLeft">
        Back
      </Button>
      {active < steps.length - 1 && (
        <Button onClick={() => onChange(active + 1)} data-shortcut="next-step" aria-keyshortcuts="Alt+ArrowRight">
          Next: {steps[active + 1]}
        </Button>
      )}
    </Group>
  );
}
