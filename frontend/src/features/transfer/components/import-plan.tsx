import { Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '@/lib/current-user';
import { ProblemList } from '@/components/problem-list';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { useImportPlan } from '../api/transfer';
import { DocumentFileButton } from './document-file-button';
import '../transfer.css';

type Problems = Array<{ path?: string; label?: string; message: string }>;

/** What a refused request says, path by path where the API names paths. */
export function problemsOf(error: unknown, fallback: string, t: Parameters<typeof errorMessage>[1]): Problems {
  if (isApiError(error)) {
    return error.problem.errors?.length ? error.problem.errors : [{ message: error.problem.detail ?? fallback }];
  }
  return [{ message: errorMessage(error, t, fallback) }];
}

/**
 * Importing a problem document as a new live plan (officers and administrators). On success the
 * new plan's board opens with the differences from the catalogue; a refused document's errors are
 * listed by JSON path.
 */
export function ImportPlan() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const importPlan = useImportPlan();
  const [problems, setProblems] = useState<Problems>([]);
  if (!user.allowedActions.includes('createPlan')) return null;

  const onDocument = (document: unknown) => {
    setProblems([]);
    if (document === undefined) {
      setProblems([{ path: '$', message: t('transfer.notJson') }]);
      return;
    }
    importPlan.mutate(document, {
      onSuccess: (result) => void navigate(`/plans/${result.planId}`, { state: { imported: result } }),
      onError: (error) => setProblems(problemsOf(error, t('errors.unexpected'), t)),
    });
  };

  return (
    <section className="import-plan" aria-label={t('transfer.importPlan')} data-testid="import-plan">
      <Space wrap>
        <DocumentFileButton
          label={t('transfer.importPlan')}
          loading={importPlan.isPending}
          testId="import-plan-file"
          onDocument={onDocument}
        />
        <Typography.Text type="secondary">{t('transfer.importPlanHint')}</Typography.Text>
      </Space>
      <ProblemList title={t('transfer.importRefused')} problems={problems} testId="import-problems" />
    </section>
  );
}
