import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { auditAction, auditActor } from './audit-words';

describe('audit words', () => {
  const zh = i18n.getFixedT('zh');
  const en = i18n.getFixedT('en');

  it("name every action the application audits in Chinese, an adopted scenario's number kept", () => {
    expect(auditAction('accept venue match', zh)).toBe('采用目录场馆');
    expect(auditAction('password-reset', zh)).toBe('重置密码');
    expect(auditAction('adopt-scenario-12', zh)).toBe('采用推演预案 12');
    expect(auditAction('adopt-scenario-12', en)).toBe('adopt scenario 12');
  });

  it('keep an action this UI does not know as written', () => {
    expect(auditAction('rename', zh)).toBe('rename');
  });

  it("name the application's own actors, and users by their username", () => {
    expect(auditActor('system', zh)).toBe('系统');
    expect(auditActor(null, zh)).toBe('系统');
    expect(auditActor('lapse job', zh)).toBe('逾期处理任务');
    expect(auditActor('demo', zh)).toBe('演示数据');
    expect(auditActor('sign-in from 10.0.0.7', zh)).toBe('来自 10.0.0.7 的登录');
    expect(auditActor('officer', zh)).toBe('officer');
  });
});
