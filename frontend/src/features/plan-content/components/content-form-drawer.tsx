import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer';
import { ProblemList } from '@/components/problem-list';
import type { ProblemOnForm } from '@/lib/problem-fields';
import type { PlanDocument } from '@/types/plan-document';
import { type ContentSection, SINGULAR } from './content-table';

/** What a delegation's or an engagement's form is given, besides the record and its neighbours. */
export interface ContentFormProps {
  planId: number;
  document?: PlanDocument;
  onClose: () => void;
  onSaved: () => void;
}

/** The drawer a delegation or an engagement is created or edited in, with what the API refused above the form. */
export function ContentFormDrawer(props: {
  section: ContentSection;
  title: string;
  width: number;
  problems: ProblemOnForm['general'];
  saving: boolean;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const singular = SINGULAR[props.section];
  return (
    <FormDrawer
      title={props.title}
      width={props.width}
      className={`${singular}-form-drawer`}
      testId={`${singular}-form`}
      saveTestId={`${singular}-save`}
      saveLabel={t(`${props.section}.form.save`)}
      cancelLabel={t(`${props.section}.form.cancel`)}
      saving={props.saving}
      onSave={props.onSave}
      onClose={props.onClose}
    >
      <ProblemList title={t(`${props.section}.form.refused`)} problems={props.problems} testId="form-problems" />
      {props.children}
    </FormDrawer>
  );
}
