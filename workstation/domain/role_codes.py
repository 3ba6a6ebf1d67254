"""The roles' codes alone, for the CLI's parser (`--role` choices) without the role table's
imports (dataclasses pulls in inspect: a sixth of `workstation-cli --help`). The roles
themselves, with their permissions, are in `roles.py`, which checks it names the same ones."""

ADMINISTRATOR, PURCHASER, CLERK = "administrator", "purchaser", "clerk"
ROLE_CODES = (ADMINISTRATOR, PURCHASER, CLERK)
