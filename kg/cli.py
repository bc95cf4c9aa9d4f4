"""The ``kg`` command: thin wrappers over the library."""
from __future__ import annotations

import json
import sys

import click

from kg import __version__
from kg.errors import KgError

__all__ = ["main", "cli"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build a knowledge graph from Chinese news."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--date", help="Publication date (YYYY-MM-DD) for input that does not give one.")
@click.option("--place", help="The publisher's home place (e.g. 鄂尔多斯市).")
def extract(inputs: tuple[str, ...], fmt: str, date: str | None, place: str | None) -> None:
    """Print the mentions of each document as one JSON line.

    Example: kg extract seeds/ --format jsonl
    """
    from kg.api import extract_documents

    out = sys.stdout
    for record in extract_documents(inputs, date=date, place=place):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except KgError as e:
        click.echo(f"kg: {e}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
