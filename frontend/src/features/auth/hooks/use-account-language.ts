import { App } from 'antd';
import { useCallback, useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { currentLanguage, languageChoiceUnsaved, markLanguageSaved, setLanguage } from '@/lib/i18n';
import type { CurrentUser, Language } from '@/types/api';
import { useUpdatePreferences } from '../api/update-preferences';

/**
 * Keeps the UI language and the signed-in user's remembered language together:
 * - a language the person chose on this device that their account does not have yet (on the
 *   sign-in page, or a save that failed) is saved to the account;
 * - otherwise the account's language, when it has one, is adopted.
 * Returns the function the language switch calls: show the language now, then save it.
 */
export function useAccountLanguage(user: CurrentUser): (language: Language) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { mutate } = useUpdatePreferences();

  const save = useCallback(
    (language: Language) =>
      mutate(
        { language },
        {
          onSuccess: markLanguageSaved,
          onError: (error) => {
            // 404/405: a backend without the preferences endpoint yet. The choice stays on this
            // device and is offered to the account again at the next start.
            if (!isApiError(error, 404) && !isApiError(error, 405)) {
              void message.warning(t('language.notSaved'));
            }
          },
        },
      ),
    [mutate, message, t],
  );

  // Once per signed-in user, with the account's language and save as they are then: later
  // changes of user.language are this hook's own saves.
  const adoptOrSave = useEffectEvent(() => {
    const shown = currentLanguage();
    if (languageChoiceUnsaved()) {
      if (user.language === shown) {
        markLanguageSaved();
      } else {
        save(shown);
      }
    } else if (user.language && user.language !== shown) {
      void setLanguage(user.language, { chosen: false });
    }
  });
  useEffect(() => adoptOrSave(), [user.username]);

  return useCallback(
    (language: Language) => {
      void setLanguage(language, { chosen: true });
      save(language);
    },
    [save],
  );
}
