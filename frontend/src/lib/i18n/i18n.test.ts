import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

function leaves(messages: object, prefix = ''): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

describe('the Chinese strings', () => {
  it('cover every English key', () => {
    expect(leaves(zh).map(([key]) => key)).toEqual(leaves(en).map(([key]) => key));
  });

  it('are all translated, none left in English', () => {
    // Placeholders such as {{event}} are filled with data (names, figures), not UI words.
    const untranslated = leaves(zh).filter(([, text]) => !text || /[A-Za-z]/.test(text.replace(/\{\{\w+\}\}/g, '')));
    expect(untranslated).toEqual([]);
  });

  it('use the agreed terms for the product and the roles', () => {
    expect(zh.app.name).toBe('礼宾活动排期系统');
    expect(zh.roles).toEqual({
      PROTOCOL_OFFICER: '礼宾官员',
      VENUE_MANAGER: '场馆负责人',
      PLANNER: '规划人员',
      ADMIN: '系统管理员',
    });
    expect([zh.signIn.submit, zh.shell.signOut]).toEqual(['登录', '退出登录']);
  });
});
