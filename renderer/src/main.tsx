import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/tiptap/styles.css';
import './layout.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { theme } from './theme';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ModalsProvider>
        {/* Top centre: never over the wizard's Next, the Save bar's buttons or Export (issue 9). */}
        {/* One at a time, in the empty middle of the header bar: a confirmation covers no button or step (issue 9). */}
        <Notifications position="top-center" containerWidth={420} limit={1} />
        <App />
      </ModalsProvider>
    </MantineProvider>
  </StrictMode>,
);
