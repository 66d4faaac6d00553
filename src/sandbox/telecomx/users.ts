// The sandbox's TelecomX employees (README "Credentials"). Three levels are enough to show every visibility
// rule: VIEWER sees prices only, RESELLER adds wholesale, ADMIN sees cost and may write.
import type { AccessLevel } from './accessLevels';

export interface SandboxUser {
  readonly username: string;
  readonly password: string;
  readonly employee: string;
  readonly customer: string;
  readonly accessLevel: AccessLevel;
  readonly name: string;
  readonly customerName: string;
}

export const SANDBOX_PASSWORD = 'sandbox';

export const SANDBOX_USERS: readonly SandboxUser[] = [
  {
    username: 'admin@sandbox.example',
    password: SANDBOX_PASSWORD,
    employee: '5e1a00000000000000000001',
    customer: '5e1b00000000000000000001',
    accessLevel: 'ADMIN',
    name: 'Sandbox Admin',
    customerName: 'TelecomX Sandbox',
  },
  {
    username: 'viewer@sandbox.example',
    password: SANDBOX_PASSWORD,
    employee: '5e1a00000000000000000002',
    customer: '5e1b00000000000000000002',
    accessLevel: 'VIEWER',
    name: 'Sandbox Viewer',
    customerName: 'Sandbox Customer A/S',
  },
  {
    username: 'reseller@sandbox.example',
    password: SANDBOX_PASSWORD,
    employee: '5e1a00000000000000000003',
    customer: '5e1b00000000000000000003',
    accessLevel: 'RESELLER',
    name: 'Sandbox Reseller',
    customerName: 'Sandbox Reseller ApS',
  },
];

/** User names are e-mail addresses, so they are matched without regard to case or surrounding spaces. */
export function findUser(username: string, users: readonly SandboxUser[] = SANDBOX_USERS): SandboxUser | undefined {
  const wanted = username.trim().toLowerCase();
  return users.find((user) => user.username === wanted);
}
