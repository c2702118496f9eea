import type { Strings } from '../strings';

/** What a failed request says when the server says nothing; en.ts and zh.ts take these strings in under `errors`. */
const errorsEn = {
  network: 'The server cannot be reached. Check the connection and try again.',
  unexpected: 'Something went wrong.',
};

export const errors = {
  en: errorsEn,
  zh: {
    network: '无法连接服务器，请检查网络后重试。',
    unexpected: '出现错误。',
  } satisfies Strings<typeof errorsEn>,
};
