import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { csrfEndpoint, json, mockApi } from '@/testing/mock-api';
import { renderInApp } from '@/testing/render-app';
import type { WeightsResponse } from '@/types/api';
import { WeightsPanel } from './weights-panel';

const weights: WeightsResponse = {
  version: 4,
  weights: [
    { constraintId: 'travel-burden', weight: 2, defaultWeight: 2 },
    { constraintId: 'capacity-fit', weight: 1, defaultWeight: 1 },
  ],
};

/** The field's help and error lines (antd's Form.Item), found from its input. */
const fieldOf = (input: HTMLElement) => input.closest('.ant-form-item') as HTMLElement;

function renderPanel(refusal: string) {
  const api = mockApi({
    'GET /api/plans/7/weights': () => json(weights),
    'GET /api/csrf': csrfEndpoint('token'),
    'PUT /api/plans/7/weights': () =>
      json(
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: `weights.travel-burden: ${refusal}`,
          errors: [{ path: 'weights.travel-burden', label: 'Weights › travel-burden', message: refusal }],
        },
        400,
      ),
  });
  return { api, ...renderInApp(<WeightsPanel planId={7} canEdit />) };
}

describe('the weights editor', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it.each([
    ['en', 'A weight of 0 switches the rule off.', 'must be at least 0', 'Save weights'],
    ['zh', '权重为 0 即关闭该规则。', '不能小于 0', '保存权重'],
  ])(
    'in %s says what 0 does, sends a weight below range as typed, and shows the refusal under it',
    async (language, zeroOff, refusal, save) => {
      await i18n.changeLanguage(language);
      const { api, user } = renderPanel(refusal);

      expect(await screen.findByTestId('weights-zero-off')).toHaveTextContent(zeroOff);
      const [travel] = screen.getAllByRole('spinbutton');
      await user.clear(travel!);
      await user.type(travel!, '-3');
      await user.click(screen.getByRole('button', { name: save }));

      expect(await screen.findByText(refusal)).toBeInTheDocument();
      expect(fieldOf(travel!)).toHaveTextContent(refusal);
      const sent = JSON.parse(api.sent('PUT /api/plans/7/weights')[0]!.body!) as { weights: Record<string, number> };
      expect(sent.weights['travel-burden']).toBe(-3);
      expect(travel).toHaveValue('-3');
    },
  );
});
