"""What every ``bilan`` command shares: exit codes, the fatal-error exit, the day option."""

from __future__ import annotations

import sys
from datetime import date
from typing import NoReturn

import click

from bilan.ingest.readers import parse_published

EXIT_SOME_FAILED = 1  # some inputs could not be read or were rejected; the others were processed
EXIT_FATAL = 2  # nothing could be done: bad options, missing resources, unreadable database


def fail(message: str) -> NoReturn:
    """One line on stderr and the fatal exit code: how library errors reach the user."""
    click.echo(f"bilan: error: {message}", err=True)
    sys.exit(EXIT_FATAL)


def day_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """Click callback for options that take a day (YYYY-MM-DD)."""
    if value is None:
        return None
    try:
        return parse_published(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None
