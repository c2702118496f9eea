import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { conventionCenter } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderInApp } from '@/testing/render-app';
import type { VenueDetail } from '@/types/api';
import { VenueEditor } from './venue-editor';
import { VenuePage } from './venue-page';

function serve(venue: VenueDetail) {
  mockApi({ 'GET /api/venues/cncc': () => json(venue) });
}

describe('a venue’s spaces editor', () => {
  it('is offered where the server allows editing the venue’s spaces', async () => {
    serve(conventionCenter(['editSpaces']));
    renderInApp(
      <MemoryRouter>
        <VenuePage venueId="cncc" />
      </MemoryRouter>,
    );

    expect(await screen.findByRole('link', { name: 'Edit spaces' })).toHaveAttribute('href', '/venues/cncc/edit');
  });

  it('is not offered where it does not', async () => {
    serve(conventionCenter([]));
    renderInApp(
      <MemoryRouter>
        <VenuePage venueId="cncc" />
      </MemoryRouter>,
    );

    expect(await screen.findByTestId('venue-spaces')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit spaces' })).not.toBeInTheDocument();
  });

  it('shows its forms only where the server allows editing the spaces', async () => {
    serve(conventionCenter(['editSpaces']));
    renderInApp(
      <MemoryRouter>
        <VenueEditor venueId="cncc" />
      </MemoryRouter>,
    );

    expect(await screen.findByText('Editing China National Convention Center')).toBeInTheDocument();
    expect(screen.queryByTestId('venue-not-editable')).not.toBeInTheDocument();
  });

  it('tells a user who may not edit this venue so, with no form', async () => {
    serve(conventionCenter([]));
    renderInApp(
      <MemoryRouter>
        <VenueEditor venueId="cncc" />
      </MemoryRouter>,
    );

    expect(await screen.findByTestId('venue-not-editable')).toBeInTheDocument();
    expect(screen.queryByText('Editing China National Convention Center')).not.toBeInTheDocument();
  });
});
