import { App, Button, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePlan } from '@/api/get-plan';
import { allows } from '@/lib/allowed-actions';
import { errorMessage } from '@/lib/errors';
import type { Plan } from '@/types/api';
import { useAdopt, usePropose } from '../api/scenarios';
import { adoptionRefusal, type AdoptionRefusal } from '../lib/comparison-view';
import { AdoptionRefusalAlert } from './adoption-refusal';

/** The live plan a scenario was copied from, by name. */
function OriginLink({ originPlanId }: { originPlanId: number }) {
  const { t } = useTranslation();
  const origin = usePlan(originPlanId);
  return (
    <Typography.Text type="secondary">
      {t('scenarios.copiedFrom')}: <Link to={`/plans/${originPlanId}`}>{origin.data?.name ?? `#${originPlanId}`}</Link>
    </Typography.Text>
  );
}

export interface ScenarioStatusActionsProps {
  plan: Plan;
  /** Whether to offer the comparison (not on the comparison itself). */
  showCompare?: boolean;
}

/**
 * A scenario's way forward: compare it with its live plan, propose it (planners), adopt it after
 * confirming (officers). A refused adoption stays on screen with what changed in the live plan.
 */
export function ScenarioStatusActions({ plan, showCompare = true }: ScenarioStatusActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const propose = usePropose(plan.id);
  const adopt = useAdopt(plan.id);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<AdoptionRefusal>();

  const doAdopt = () =>
    adopt.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setRefusal(undefined);
        void message.success(t('scenarios.adopted'));
      },
      onError: (error) => {
        setConfirming(false);
        const refused = adoptionRefusal(error);
        if (refused) setRefusal(refused);
        else void message.error(errorMessage(error, t, t('errors.unexpected')));
      },
    });

  return (
    <div className="scenario-actions" data-testid="scenario-actions">
      <Space wrap>
        {plan.scenarioStatus && (
          <Tag className="tag-neutral" data-testid="scenario-status">
            {t(`enums.scenarioStatus.${plan.scenarioStatus}`)}
          </Tag>
        )}
        {plan.originPlanId != null && <OriginLink originPlanId={plan.originPlanId} />}
        {showCompare && allows(plan, 'compare') && (
          <Button
            href={`/plans/${plan.id}/compare`}
            onClick={(event) => {
              event.preventDefault();
              void navigate(`/plans/${plan.id}/compare`);
            }}
            data-testid="compare-link"
          >
            {t('scenarios.compare')}
          </Button>
        )}
        {allows(plan, 'propose') && (
          <Popconfirm
            title={t('scenarios.proposeConfirm')}
            okText={t('scenarios.propose')}
            cancelText={t('scenarios.cancel')}
            onConfirm={() =>
              propose.mutate(undefined, {
                onSuccess: () => void message.success(t('scenarios.proposed')),
                onError: (error) => void message.error(errorMessage(error, t, t('errors.unexpected'))),
              })
            }
          >
            <Button loading={propose.isPending} data-testid="propose-scenario">
              {t('scenarios.propose')}
            </Button>
          </Popconfirm>
        )}
        {allows(plan, 'adopt') && (
          <Button type="primary" onClick={() => setConfirming(true)} data-testid="adopt-scenario">
            {t('scenarios.adopt')}
          </Button>
        )}
      </Space>
      <Modal
        open={confirming}
        title={t('scenarios.adoptTitle')}
        okText={t('scenarios.adopt')}
        cancelText={t('scenarios.cancel')}
        onOk={doAdopt}
        okButtonProps={{ loading: adopt.isPending }}
        onCancel={() => setConfirming(false)}
        className="adopt-dialog"
      >
        <Typography.Paragraph>{t('scenarios.adoptConfirm')}</Typography.Paragraph>
      </Modal>
      {refusal && <AdoptionRefusalAlert refusal={refusal} onClose={() => setRefusal(undefined)} />}
    </div>
  );
}
