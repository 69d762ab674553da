import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8: white on indigo.8 and indigo.8 on its light tint both pass WCAG AA (shade 6 is 4.3:1).
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    // Icon-only buttons need a name for screen readers (axe button-name, issue 11).
    Modal: { defaultProps: { centered: true, closeButtonProps: { 'aria-label': 'Close' } } },
    Select: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear' } } },
    MultiSelect: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear' } } },
    DateInput: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear date' } } },
    // Wizard steps stay on one row at 1280x800: the lines between steps give way first (down to a
    // short dash), then a label of several words wraps between words inside its step, instead of the
    // last step dropping to a row of its own. A wizard with more steps than one row can hold sets
    // wrap itself (6.1).
    Stepper: {
      defaultProps: { wrap: false },
      styles: {
        separator: { marginInline: 6, minWidth: 10 },
        step: { minWidth: 0, flexShrink: 1 },
        stepBody: { minWidth: 'min-content', marginInlineStart: 8 },
      },
    },
  },
});
