import type { Metadata } from 'next';
import { AddStaffAccountForm } from '@/components/staff/AddStaffAccountForm';
import { StaffAccountRow } from '@/components/staff/StaffAccountRow';
import styles from '@/components/staff/Staff.module.css';
import { listStaffAccounts } from '@/db/queries/staff-admin';
import { listEditorChoices } from '@/db/queries/staff-stories';
import { staffRoles } from '@/db/schema';
import { staffPage } from '@/lib/server/auth/staff-guards';

export const metadata: Metadata = { title: 'Staff accounts', description: 'Who can sign in to the Broadsheet newsroom, and as what.' };

/** Admins only: add accounts, set their bylines, change roles, disable, reset passwords, end sessions. */
export default staffPage(
  async function StaffAccountsPage({ staff }) {
    const accounts = listStaffAccounts();
    const { authors } = listEditorChoices({ staffId: staff.id });
    return (
      <>
        <h1>Staff accounts</h1>
        <AddStaffAccountForm roles={staffRoles} />
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Role</th>
                <th scope="col" className={styles.wideOnly}>
                  Sessions
                </th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <StaffAccountRow
                  key={account.id}
                  isYou={account.id === staff.id}
                  roles={staffRoles}
                  authors={authors}
                  account={{ ...account, createdAt: account.createdAt.toISOString(), disabled: account.disabledAt !== null }}
                />
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  },
  { role: 'admin' },
);
