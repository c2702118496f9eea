import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { meQueryKey } from '@/features/auth/api/get-me';
import { createQueryClient } from '@/lib/react-query';
import { prefersReducedMotion, themeFor } from './theme';

/** Server state, the component library in the UI's language, and antd's message context. */
export function AppProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [theme] = useState(() => themeFor(prefersReducedMotion()));
  const [client] = useState(() =>
    createQueryClient({
      // The session ended (expired, or signed out elsewhere): back to the sign-in page.
      onUnauthorized: (self) => self.setQueryData(meQueryKey, null),
    }),
  );

  return (
    <QueryClientProvider client={client}>
      <ConfigProvider
        locale={i18n.language === 'zh' ? zhCN : enUS}
        theme={theme}
        // antd would put a space between two Chinese characters on a button: "登 录".
        button={{ autoInsertSpace: false }}
      >
        <AntdApp>{children}</AntdApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
