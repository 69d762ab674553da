import { useCallback } from 'react';
import { Button, Group } from '@mantine/core';
import { useRouteParam } from '../../router';

/**
 * The wizard's current step, kept in the URL (`?step=3`, counted from 1) so a reload comes back to
 * it (issue 9); changing step scrolls to the top of the new step.
 */
export function useWizardStep(count: number, initial = 0): [number, (step: number) => void] {
  const [param, setParam] = useRouteParam('step');
  const parsed = Number(param);
  const active = Number.isInteger(parsed) && parsed >= 1 && parsed <= count ? parsed - 1 : initial;
  const setActive = useCallback(
    (step: number) => {
      const next = Math.max(0, Math.min(step, count - 1));
      setParam(next === initial ? null : String(next + 1));
      window.scrollTo({ top: 0, behavior: 'instant' });
    },
    [setParam, count, initial],
  );
  return [active, setActive];
}

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
