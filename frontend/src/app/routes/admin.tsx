import { AccountsPage } from '@/features/admin/components/accounts-page';
import { AuditPage } from '@/features/admin/components/audit-page';
import { RequireAdmin } from '@/features/admin/components/require-admin';

/** /admin/accounts: administrators only; anyone else sees that they may not. */
export function AccountsRoute() {
  return (
    <RequireAdmin>
      <AccountsPage />
    </RequireAdmin>
  );
}

/** /admin/audit: administrators only. */
export function AuditRoute() {
  return (
    <RequireAdmin>
      <AuditPage />
    </RequireAdmin>
  );
}
