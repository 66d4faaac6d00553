// The multi-step quick input behind "Add Connection…" and "Edit Connection…". Values given up front (command
// arguments, or the record being edited) prefill or skip their steps.
import type { ConnectionRecord, PlatformId } from '../../core/http/connection';
import { PLATFORM_LABELS } from '../../core/http/connection';
import { askPick, askText, BACK, StepHost, type StepResult } from '../ui/quickInput';
import { normaliseBaseUrl, problemWithBaseUrl } from './connectionIds';

export interface ConnectionDraft {
  platform?: PlatformId;
  name?: string;
  baseUrl?: string;
  username?: string;
  password?: string;
  environment?: string;
  readOnly?: boolean;
  targetAccountId?: string;
}

export type CompleteDraft = Required<Omit<ConnectionDraft, 'targetAccountId' | 'password'>> & {
  password?: string;
  targetAccountId?: string;
};

const DEFAULT_BASE_URLS: Readonly<Record<PlatformId, string>> = {
  sft: 'https://sft.bics.com',
  telecomx: 'https://api.telecomx.dk',
};

const ENVIRONMENTS = ['production', 'test', 'staging', 'sandbox'];

export interface WizardOptions {
  readonly title: string;
  /** Names other connections already use: a name must be unique. */
  readonly takenNames: ReadonlySet<string>;
  /** Editing: an empty password keeps the stored one. */
  readonly passwordOptional: boolean;
  /** Fields given up front are not asked again (command arguments). */
  readonly fixed: ConnectionDraft;
}

type StepOutcome = 'next' | 'back' | 'cancel';
type Step = (draft: ConnectionDraft, position: { step: number; totalSteps: number; host: StepHost }) => Promise<StepOutcome>;

/** Runs the steps; resolves the completed draft, or undefined if the person cancelled. */
export async function runConnectionWizard(initial: ConnectionDraft, options: WizardOptions): Promise<CompleteDraft | undefined> {
  const draft: ConnectionDraft = { ...initial, ...options.fixed };
  const title = options.title;
  const given = (field: keyof ConnectionDraft) => options.fixed[field] !== undefined;

  const steps: Array<{ field: keyof ConnectionDraft; run: Step; when?: () => boolean }> = [
    {
      field: 'platform',
      run: async (current, position) => apply(await askPick({
        title, ...position, placeholder: 'Which platform does this account belong to?', selected: current.platform,
        items: [
          { label: PLATFORM_LABELS.sft, description: 'roaming profiles, destination groups, service profiles', value: 'sft' as const },
          { label: PLATFORM_LABELS.telecomx, description: 'roaming regions and voice, text, data prices', value: 'telecomx' as const },
        ],
      }), (value) => {
        if (current.platform !== value && (!current.baseUrl || Object.values(DEFAULT_BASE_URLS).includes(current.baseUrl))) {
          current.baseUrl = DEFAULT_BASE_URLS[value];
        }
        current.platform = value;
      }),
    },
    {
      field: 'name',
      run: async (current, position) => apply(await askText({
        title, ...position, prompt: 'A name for this connection, shown in the tree and on every document',
        placeholder: 'e.g. BICS production', value: current.name,
        validate: (value) => {
          if (!value.trim()) return 'A name is required';
          if (options.takenNames.has(value.trim().toLowerCase())) return 'Another connection already has this name';
          return undefined;
        },
      }), (value) => { current.name = value.trim(); }),
    },
    {
      field: 'baseUrl',
      run: async (current, position) => apply(await askText({
        title, ...position, prompt: 'Base URL of the API (paths such as /api/login are added to it)',
        value: current.baseUrl ?? DEFAULT_BASE_URLS[current.platform ?? 'sft'], validate: problemWithBaseUrl,
      }), (value) => { current.baseUrl = normaliseBaseUrl(value); }),
    },
    {
      field: 'username',
      run: async (current, position) => apply(await askText({
        title, ...position, prompt: current.platform === 'telecomx' ? 'User name (your e-mail address)' : 'API user name',
        value: current.username, validate: (value) => (value.trim() ? undefined : 'A user name is required'),
      }), (value) => { current.username = value.trim(); }),
    },
    {
      field: 'password',
      run: async (current, position) => apply(await askText({
        title, ...position, password: true,
        prompt: options.passwordOptional
          ? 'Password (leave empty to keep the stored one). Kept only in VS Code\'s SecretStorage.'
          : 'Password. Kept only in VS Code\'s SecretStorage, never in settings or files.',
        validate: (value) => (value || options.passwordOptional ? undefined : 'A password is required'),
      }), (value) => { current.password = value || undefined; }),
    },
    {
      field: 'environment',
      run: async (current, position) => apply(await askPick({
        title, ...position, placeholder: 'Environment label (production asks for confirmation before every write)',
        selected: current.environment ?? 'production',
        items: [...new Set([...ENVIRONMENTS, ...(current.environment ? [current.environment] : [])])].map((environment) => ({
          label: environment, value: environment,
          description: environment === 'production' ? 'writes ask for confirmation' : undefined,
        })),
      }), (value) => { current.environment = value; }),
    },
    {
      field: 'readOnly',
      run: async (current, position) => apply(await askPick({
        title, ...position, placeholder: 'May Roaming Workbench change objects through this connection?',
        selected: current.readOnly ?? false,
        items: [
          { label: 'Read and write', description: 'edit, create and delete remote objects', value: false },
          { label: 'Read-only', description: 'browse and export only; documents open read-only', value: true },
        ],
      }), (value) => { current.readOnly = value; }),
    },
    {
      field: 'targetAccountId',
      when: () => draft.platform === 'sft',
      run: async (current, position) => apply(await askText({
        title, ...position,
        prompt: 'Child account id for support access (targetAccountId) — leave empty to act on your own account',
        value: current.targetAccountId,
        validate: (value) => (!value.trim() || /^\d+$/.test(value.trim()) ? undefined : 'An account id is a number'),
      }), (value) => { current.targetAccountId = value.trim() || undefined; }),
    },
  ];

  // Arguments that give every required field mean "no questions" (scripts, tests): optional fields keep defaults.
  const allRequiredGiven = (['platform', 'name', 'baseUrl', 'username'] as const).every(given) && (options.passwordOptional || given('password'));
  const toAsk = () => (allRequiredGiven ? [] : steps.filter((step) => !given(step.field) && (step.when?.() ?? true)));
  const host = new StepHost();
  try {
    let index = 0;
    while (index < toAsk().length) {
      const visible = toAsk();
      const outcome = await visible[index].run(draft, { step: index + 1, totalSteps: visible.length, host });
      if (outcome === 'cancel') return undefined;
      index = outcome === 'back' ? Math.max(0, index - 1) : index + 1;
    }
  } finally {
    host.close();
  }
  if (!draft.platform || !draft.name || !draft.baseUrl || !draft.username) return undefined;
  return {
    platform: draft.platform,
    name: draft.name,
    baseUrl: draft.baseUrl,
    username: draft.username,
    password: draft.password,
    environment: draft.environment ?? 'production',
    readOnly: draft.readOnly ?? false,
    targetAccountId: draft.platform === 'sft' ? draft.targetAccountId : undefined,
  };
}

function apply<T>(result: StepResult<T>, store: (value: T) => void): StepOutcome {
  if (result === undefined) return 'cancel';
  if (result === BACK) return 'back';
  store(result);
  return 'next';
}

export function recordFromDraft(draft: CompleteDraft): Omit<ConnectionRecord, 'id'> {
  return {
    name: draft.name,
    platform: draft.platform,
    baseUrl: draft.baseUrl,
    username: draft.username,
    environment: draft.environment,
    readOnly: draft.readOnly,
    ...(draft.targetAccountId ? { targetAccountId: draft.targetAccountId } : {}),
  };
}
