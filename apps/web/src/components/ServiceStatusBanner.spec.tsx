import { type QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../app/providers';
import { ApiError } from '../lib/api-client';
import { ServiceStatusBanner } from './ServiceStatusBanner';

const unavailable = () => new ApiError(503, { statusCode: 503, error: 'Service Unavailable', message: 'x', code: 'SERVICE_UNAVAILABLE' }, 0);

function Probe({ fail }: { fail: () => boolean }) {
  const query = useQuery({
    queryKey: ['probe'],
    queryFn: () => {
      if (fail()) throw unavailable();
      return 'ok';
    },
  });
  return <p>{query.data ?? 'waiting'}</p>;
}

describe('ServiceStatusBanner', () => {
  it('says the service is unavailable while requests answer 503, keeps retrying, and clears once they succeed', async () => {
    let failing = true;
    const client: QueryClient = createQueryClient();
    render(
      <QueryClientProvider client={client}>
        <ServiceStatusBanner />
        <Probe fail={() => failing} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('The service is unavailable for a moment; retrying…')).toBeInTheDocument();
    failing = false;
    expect(await screen.findByText('ok', {}, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('The service is unavailable for a moment; retrying…')).not.toBeInTheDocument());
  });
});
