import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureClient } from './api/client';
import { createQueryClient } from './api/query-client';
import { loadRuntimeConfig } from './api/runtime-config';
import { BootError } from './app/BootError';
import { createAppRouter } from './app/router';
import './styles.css';

async function start(container: HTMLElement) {
  const root = createRoot(container);
  try {
    const { apiUrl } = await loadRuntimeConfig();
    configureClient(apiUrl);
  } catch (error) {
    root.render(<BootError error={error} />);
    return;
  }
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void start(container);
