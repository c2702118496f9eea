import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { problemOnForm, type ProblemOnForm } from '@/lib/problem-fields';

/**
 * What the API refused of a saved form: each message under the field its JSON path names (the
 * form's fields are named as the API names them, or through `rename`), the others in `problems`
 * for a list above the form. The API words its messages in the language the UI asks in.
 */
export function useFormProblems(
  form: FormInstance,
  fields: readonly string[],
  rename: Readonly<Record<string, string>> = {},
) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ProblemOnForm['general']>([]);
  const onError = (error: unknown) => {
    if (isApiError(error)) {
      const placed = problemOnForm(error.problem, [...fields], rename);
      form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
      setProblems(placed.general);
    } else {
      setProblems([{ message: errorMessage(error, t, t('errors.unexpected')) }]);
    }
  };
  return { problems, clear: () => setProblems([]), onError };
}
