// Help for what keeps applies safe for a team (issue 17): saved plans, the lock, protection, the journal.

export const HISTORY_HELP = `roaming-workbench history [--folder DIR] [--environment NAME] [options]

Prints the apply journal of DIR (default: the working directory): for every apply, who ran it, where and
against which account, every request it sent and every read it made to verify, each step's outcome and the
result. The journal is roaming-state/<environment>.journal.jsonl (roaming-state/default.journal.jsonl for the
folder's own roaming-manifest.json), one JSON object per line, secrets removed. No connection is needed.

  --folder DIR              the configuration folder (default .)
  --environment NAME        the environment whose journal to print (default: default)
  --limit N                 the last N records (default 200)
  --json                    the records as a JSON array
  -h, --help                this help

Exit codes: 0 printed (an empty journal too), 1 error.
`;
