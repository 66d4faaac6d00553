// `--help` for the program and for each command: what it does, every option, exit codes, and where the password
// comes from (an environment variable, never a flag).

const CONNECTION_HELP = `Connection (all but the password; flags override the file, the file overrides the folder's manifest):
  --connection FILE         JSON with name, platform, baseUrl, username, environment, readOnly, targetAccountId
                            (a "password" key is refused)
  --platform sft|telecomx
  --base-url URL            e.g. https://sft.bics.com or http://127.0.0.1:8701
  --username NAME
  --target-account-id ID    SFT resellers: act on this child account
  --environment NAME        the environment: its state is DIR/roaming-state/NAME.json (without it: the folder's
                            roaming-manifest.json), and NAME labels the connection (production asks twice)
  --password-env NAME       the environment variable holding the password (default ROAMING_PASSWORD)

Certificates are always verified. A server whose certificate is signed by a private or company CA needs that CA
given to Node: NODE_EXTRA_CA_CERTS=/path/to/ca.pem roaming-workbench …`;

const CI_HELP = `Targeting and CI:
  --only GLOB               only these files (destination-groups/Malta*.json) or objects (roaming-profile/UK*),
                            repeatable; a new file a selected one names is pulled in (the plan says by what);
                            nothing else is sent or deleted; a pattern selecting nothing is an error
  --format text|json|github github: the log with workflow commands paused, then ::error/::warning annotations
                            (file, line, column) for invalid files and conflicts; the plan as the job summary
                            when $GITHUB_STEP_SUMMARY is set
  --markdown FILE           the plan as Markdown, for a pull-request comment (a group's coverage change too)
  --junit FILE              JUnit XML: a test case per file, failing for an invalid file or a conflict
  --sarif FILE              SARIF 2.1.0 (GitHub code scanning and other tools)`;

const OUTPUT_HELP = `Output:
  --json                    machine-readable result on stdout (text otherwise)
  --verbose                 progress and the request log (secrets removed) on stderr
  -h, --help                this help`;

export const PROGRAM_HELP = `roaming-workbench: roaming configuration as code for BICS SFT and TelecomX

Usage:
  roaming-workbench export --folder DIR [connection] [--kinds K,…] [--ids ID,…] [--force]
  roaming-workbench plan   --folder DIR [connection] [--allow-deletes] [--strict] [--only GLOB] [CI output]
  roaming-workbench apply  --folder DIR [connection] [--allow-deletes] [--continue-on-error] [--strict] [--yes] [--only GLOB] [CI output]
  roaming-workbench diff   --folder DIR --environment A --environment B [connection per environment]
  roaming-workbench coverage [connection] --group ID | --profile ID [--compare-group ID | --compare-profile ID]
                             [--format text|json|svg] [--out FILE]

  export  writes every object of the account into DIR, one JSON file each, plus roaming-manifest.json
  plan    compares DIR with the account: what apply would create, change and delete, and any conflicts
  apply   plans, asks, then makes the changes; writes a report and keeps the manifest up to date
  diff    what differs between two environments' accounts, by name
  coverage  the countries and networks a destination group or roaming profile covers (SFT), or the difference of two

The password is read from the environment variable ROAMING_PASSWORD (or the one --password-env names).
A private or company CA: NODE_EXTRA_CA_CERTS=/path/to/ca.pem roaming-workbench … (certificates are always verified).
\`roaming-workbench <command> --help\` describes each command.
`;

export const EXPORT_HELP = `roaming-workbench export --folder DIR [options]

Writes every object of the connection into DIR: <kind folder>/<name>.<kind>.json in the editable form, and
roaming-manifest.json with each file's remote id and fingerprint. Exporting again keeps file names, and refuses
to replace files holding edits that were never applied (unless --force).

  --folder DIR              where to write (created if missing)
  --kinds K,…               only these kinds: roaming-profile, destination-group, service-profile, region,
                            voice-price, text-price, data-price (folder names work too)
  --ids ID,…                only these remote ids
  --force                   replace files holding edits that were never applied

${CONNECTION_HELP}

${OUTPUT_HELP}

Exit codes: 0 exported, 1 error.
`;

export const PLAN_HELP = `roaming-workbench plan --folder DIR [options]

Compares DIR with the connection and prints what apply would do: files to create, update (with a diff) and
delete; invalid files; conflicts, where the remote changed since the export (never overwritten). Sends nothing.

  --folder DIR              the exported folder
  --allow-deletes           plan deletes for removed files (otherwise they are listed as skipped)
  --strict                  anything in DIR that belongs to no kind (a misspelt kind folder, a stray file) is an
                            error, not a warning: what a pipeline should use

${CI_HELP}

${CONNECTION_HELP}

${OUTPUT_HELP}

Exit codes: 0 no change, 2 changes planned, 1 errors or conflicts (with --strict, also anything not read).
`;

export const APPLY_HELP = `roaming-workbench apply --folder DIR [options]

Plans DIR, shows the plan, asks for confirmation, then sends the changes in dependency order (destination groups
before roaming profiles, regions before prices, deletes last). Every write is verified, never blindly retried.
The manifest is updated after each applied step, so a re-run continues where a failed run stopped. A report is
written as Markdown and JSON.

  --folder DIR              the exported folder
  --allow-deletes           delete the objects of removed files
  --continue-on-error       go on after a failed step (default: stop at the first failure)
  --report-dir DIR          where reports go (default DIR/apply-reports)
  --strict                  refuse when DIR holds anything that belongs to no kind (see plan --help)
  -y, --yes                 apply without asking (required when the input is not a terminal)

${CI_HELP}

${CONNECTION_HELP}

${OUTPUT_HELP}

Exit codes: 0 applied (or nothing to apply), 1 errors, conflicts, or a step not applied.
`;

export const COVERAGE_HELP = `roaming-workbench coverage [connection] --group ID | --profile ID [options]

Where SIMs may roam: the countries and networks of a destination group, or of a roaming profile (a CUSTOM profile's
own networks; a DEFAULT profile follows its group, so its group's). With a second subject, the difference of the
two. SFT connections only. Reads only; sends no change.

  --group ID | --profile ID         what to show
  --compare-group ID | --compare-profile ID
                                    compare with this: networks in both, only in the first, only in the second
  --format text|json|svg            text (default): countries and networks; json: { "countries": [ { "iso2",
                                    "name", "networks": [ { "tadigCode", "categoryGroupId", "operator" } ] } ] },
                                    with "onlyLeft" and "onlyRight" when comparing ("countries" then holds what
                                    both have); svg: a world map, countries shaded by coverage (Natural Earth)
  --out FILE                        write to FILE instead of stdout

A network's country is the one its TADIG code's first three letters name (ISO 3166-1 alpha-3); codes that name
none (TD.13's AA…, WW…) are listed with iso2 "" and are not on the map.

${CONNECTION_HELP}

  --verbose                 the request log (secrets removed) on stderr
  -h, --help                this help

Exit codes: 0 shown, 1 error (an unknown id, a connection that fails, a TelecomX connection).
`;

export const DIFF_HELP = `roaming-workbench diff --folder DIR --environment A --environment B [options]

What differs between the accounts of two environments of DIR, by name: objects only in A, only in B, and those in
both whose content differs, field by field. Ids are not compared (they differ between accounts); a field naming
another object (a profile's destination group) is compared by that object's name. Reads only; sends nothing.

  --folder DIR              the folder (its kinds are compared; each environment's state, when it has one, must be
                            for the account named for it)
  --environment NAME        twice: the two environments, in order
  --kinds K,…               only these kinds (default: the folder's kinds, or every kind of the platform)

Connection, per environment: give --connection FILE, --base-url URL, --target-account-id ID, --username NAME and
--password-env NAME once (shared by both) or twice (the first for A, the second for B), e.g. one SFT reseller with
--target-account-id 100 --target-account-id 300. --platform is shared.

${OUTPUT_HELP}

Exit codes: 0 no differences, 2 differences, 1 error.
`;
