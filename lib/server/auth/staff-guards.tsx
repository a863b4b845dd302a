import 'server-only';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { SignedInStaff } from '@/db/queries/staff-sessions';
import type { StaffRole } from '@/db/schema';
import { getSignedInStaff } from './staff-session';

// Each role can do everything the roles below it can.
const roleRank: Record<StaffRole, number> = { writer: 1, editor: 2, admin: 3 };

export function hasStaffRole(staff: SignedInStaff, role: StaffRole): boolean {
  return roleRank[staff.role] >= roleRank[role];
}

type Access = { role?: StaffRole };

/** `detail` carries what a refusal needs to show beyond its message (a conflicting version, say). */
export type StaffActionResult<Data, Detail = never> =
  { ok: true; data: Data } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined>; detail?: Detail };

/**
 * A server action for staff, checked before its body runs: a live session, the role, then
 * the form against `schema`. Form actions receive (previous state, FormData), as with
 * useActionState. Nothing the client sends is trusted, including which buttons it was shown.
 */
export function staffAction<Schema extends z.ZodType<Record<string, unknown>>, Data, Detail = never>(
  schema: Schema,
  handler: (input: z.output<Schema>, staff: SignedInStaff) => Promise<StaffActionResult<Data, Detail>>,
  { role = 'writer' }: Access = {},
) {
  return async (_previous: StaffActionResult<Data, Detail> | null, formData: FormData): Promise<StaffActionResult<Data, Detail>> => {
    const staff = await getSignedInStaff();
    if (!staff) return { ok: false, error: 'Your session has ended. Sign in again.' };
    if (!hasStaffRole(staff, role)) return { ok: false, error: 'You are not allowed to do that.' };
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { ok: false, error: 'Check the highlighted fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
    return handler(parsed.data, staff);
  };
}

type RouteContext<Params> = { params: Promise<Params> };

/** A route handler for staff (CSV exports): 401 without a session, 403 without the role. */
export function staffRoute<Params = Record<string, never>>(
  handler: (request: Request, context: RouteContext<Params> & { staff: SignedInStaff }) => Promise<Response> | Response,
  { role = 'writer' }: Access = {},
) {
  return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
    const staff = await getSignedInStaff();
    if (!staff) return plainText(401, 'Sign in to see newsroom figures.');
    if (!hasStaffRole(staff, role)) return plainText(403, 'Your role does not allow this.');
    return handler(request, { ...context, staff });
  };
}

type PageProps = { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A staff page: signed-out visitors go to the sign-in form, the wrong role gets a 403 page.
 * Layouts do not re-run on client navigation, so every page checks for itself.
 */
export function staffPage<Props extends Partial<PageProps>>(
  render: (props: Props & { staff: SignedInStaff }) => Promise<React.ReactNode>,
  { role = 'writer' }: Access = {},
) {
  return async function StaffOnlyPage(props: Props) {
    const staff = await getSignedInStaff();
    if (!staff) redirect('/staff/sign-in');
    if (!hasStaffRole(staff, role)) {
      return (
        <>
          <h1>Not allowed</h1>
          <p role="alert">Your role ({staff.role}) does not allow you to see this page. Ask an admin if you need it.</p>
        </>
      );
    }
    return render({ ...props, staff });
  };
}

function plainText(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' } });
}
