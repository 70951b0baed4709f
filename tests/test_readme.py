"""The README's commands exist as written (the docs are tested, as datasette's are)."""

import re
import shlex

import click

from bilan.cli.main import cli
from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
MAKEFILE = (REPO / "Makefile").read_text(encoding="utf-8")


def readme_commands() -> list[list[str]]:
    """Every `bilan …` invocation in the README's shell blocks, as argument lists."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL):
        for line in block.splitlines():
            line = line.split("#", 1)[0].split("|")[-1].strip()
            words = shlex.split(line)
            if words and words[0].endswith("bilan"):
                commands.append(words[1:])
    return commands


def test_readme_bilan_commands_use_real_subcommands_and_options() -> None:
    commands = readme_commands()
    assert commands, "the README shows no bilan command"
    assert isinstance(cli, click.Group)
    for args in commands:
        command = cli.commands[args[0]]
        known = {opt for param in command.params for opt in param.opts}
        for word in args[1:]:
            if word.startswith("-") and word != "-":
                assert word in known, f"README uses {word} with `bilan {args[0]}`"


def test_readme_make_targets_exist() -> None:
    targets = set(re.findall(r"^([a-z]+):", MAKEFILE, flags=re.MULTILINE))
    for target in re.findall(r"make (\w+)", README):
        assert target in targets, f"README names `make {target}`, the Makefile has no such target"
