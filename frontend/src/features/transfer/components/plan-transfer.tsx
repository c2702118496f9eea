import { Alert, App, Button, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ProblemList } from '@/components/problem-list';
import { usePlanDocument } from '@/api/get-plan-document';
import { allows } from '@/lib/allowed-actions';
import { BEIJING_TIME_ZONE } from '@/lib/datetime';
import { spaceLabels } from '@/lib/local-names';
import { zoneOffsetMinutes } from '@/lib/plan-time';
import { errorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import type { Plan } from '@/types/api';
import { useUndoOffer } from '@/components/undo-offer';
import {
  useImportSolution,
  useSolutionPreview,
  type CatalogueDifference,
  type ImportPreview,
  type ImportResult,
} from '../api/transfer';
import { downloadFile } from '@/lib/download';
import { DocumentFileButton } from './document-file-button';
import { ImportPreviewDialog } from './import-preview-dialog';
import { ImportedVenues } from './imported-venues';
import { problemsOf } from './import-plan';
import '../transfer.css';

/**
 * A plan's documents: export the problem document, download the solution document, import a
 * solution (where the plan's `allowedActions` has "edit"). Just after an import, the differences from the catalogue
 * the import answered; while the plan has venues of its own, those and the catalogue venues of their names.
 */
export function PlanTransfer({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const location = useLocation();
  const importSolution = useImportSolution(plan.id);
  const previewSolution = useSolutionPreview(plan.id);
  const { offer } = useUndoOffer();
  const planDocument = usePlanDocument(plan.id);
  const spaceNames = useMemo(() => spaceLabels(planDocument.data?.venues ?? []), [planDocument.data]);
  const offsetMinutes = zoneOffsetMinutes(planDocument.data?.timeZone ?? BEIJING_TIME_ZONE);
  const [pending, setPending] = useState<{ document: unknown; preview: ImportPreview }>();
  const [problems, setProblems] = useState<Array<{ path?: string; message: string }>>([]);
  const [busy, setBusy] = useState<string>();
  const imported = (location.state as { imported?: ImportResult } | null)?.imported;
  const [showDifferences, setShowDifferences] = useState(imported?.planId === plan.id);

  const download = (kind: 'export' | 'solution') => {
    const language = currentLanguage();
    setBusy(kind);
    downloadFile(
      `/api/plans/${plan.id}/${kind}`,
      `plan-${plan.id}-${kind === 'export' ? 'problem' : 'solution'}.json`,
      language,
    )
      .catch((error: unknown) =>
        message.error(t('transfer.downloadFailed', { detail: errorMessage(error, t, t('errors.unexpected')) })),
      )
      .finally(() => setBusy(undefined));
  };

  const onSolution = (document: unknown) => {
    setProblems([]);
    if (document === undefined) {
      setProblems([{ path: '$', message: t('transfer.notJson') }]);
      return;
    }
    // Asked first: the import is applied only once the person has seen what it would change.
    previewSolution.mutate(document, {
      onSuccess: (preview) => setPending({ document, preview }),
      onError: (error) => setProblems(problemsOf(error, t('errors.unexpected'), t)),
    });
  };

  const applySolution = () => {
    if (!pending) return;
    importSolution.mutate(
      { document: pending.document, revision: pending.preview.revision },
      {
        onSuccess: () => {
          void message.success(t('transfer.solutionImported'));
          void offer({ kind: 'plan', planId: plan.id });
        },
        onError: (error) => setProblems(problemsOf(error, t('errors.unexpected'), t)),
        onSettled: () => setPending(undefined),
      },
    );
  };

  return (
    <section className="plan-transfer" aria-label={t('transfer.title')} data-testid="plan-transfer">
      <Space wrap>
        <Button onClick={() => download('export')} loading={busy === 'export'} data-testid="export-plan">
          {t('transfer.exportPlan')}
        </Button>
        <Button onClick={() => download('solution')} loading={busy === 'solution'} data-testid="export-solution">
          {t('transfer.exportSolution')}
        </Button>
        {allows(plan, 'edit') && (
          <DocumentFileButton
            label={t('transfer.importSolution')}
            loading={previewSolution.isPending || importSolution.isPending}
            testId="import-solution-file"
            onDocument={onSolution}
          />
        )}
      </Space>
      {pending && (
        <ImportPreviewDialog
          preview={pending.preview}
          spaceName={(id) => spaceNames.get(id) ?? id}
          offsetMinutes={offsetMinutes}
          live={plan.kind === 'LIVE'}
          importing={importSolution.isPending}
          onImport={applySolution}
          onCancel={() => setPending(undefined)}
        />
      )}
      <ProblemList title={t('transfer.solutionRefused')} problems={problems} testId="solution-problems" />
      {showDifferences && imported && (
        <Differences
          name={imported.name}
          differences={imported.differences}
          onDismiss={() => setShowDifferences(false)}
        />
      )}
      <ImportedVenues plan={plan} />
    </section>
  );
}

function Differences({
  name,
  differences,
  onDismiss,
}: {
  name: string;
  differences: CatalogueDifference[];
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      type={differences.length ? 'warning' : 'success'}
      showIcon
      closable={{ onClose: onDismiss, 'aria-label': t('transfer.differences.dismiss') }}
      className="import-differences"
      data-testid="import-differences"
      title={`${t('transfer.imported', { name })} ${t('transfer.differences.title')}`}
      description={
        differences.length === 0 ? (
          t('transfer.differences.none')
        ) : (
          <>
            <p>{t('transfer.differences.intro')}</p>
            <Table<CatalogueDifference>
              size="small"
              rowKey={(row) => `${row.path}`}
              dataSource={differences}
              pagination={differences.length > 10 ? { pageSize: 10 } : false}
              columns={[
                { key: 'path', title: t('transfer.differences.path'), render: (_, d) => <code>{d.path}</code> },
                { key: 'document', title: t('transfer.differences.document'), dataIndex: 'documentValue' },
                { key: 'catalogue', title: t('transfer.differences.catalogue'), dataIndex: 'catalogueValue' },
                { key: 'resolution', title: t('transfer.differences.resolution'), dataIndex: 'resolution' },
              ]}
            />
          </>
        )
      }
    />
  );
}
