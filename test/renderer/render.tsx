import type { ReactElement, ReactNode } from 'react';
import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { theme } from '../../renderer/src/theme';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" env="test">
      <ModalsProvider>
        <Notifications />
        {children}
      </ModalsProvider>
    </MantineProvider>
  );
}

/**
 * Renders inside the same providers as main.tsx, with a user-event instance. env="test" is Mantine's
 * documented test mode: no transitions (jsdom never finishes them) and no portals.
 */
export function renderUi(ui: ReactElement, options: Omit<RenderOptions, 'wrapper'> = {}): RenderResult & { user: UserEvent } {
  const user = userEvent.setup({ delay: null });
  return { user, ...render(ui, { wrapper: Providers, ...options }) };
}
