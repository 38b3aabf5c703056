"""The one error type the model raises for bad input."""

from __future__ import annotations


class InputError(Exception):
    """Bad input from a file or a user, with a message meant for a person.

    Args:
        where: The file (and line, or question id) the fault is in.
        what: What is wrong.
        fix: How to mend it.
    """

    def __init__(self, where: str, what: str, fix: str = "") -> None:
        self.where = where
        self.what = what
        self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The whole message: where, what and how to fix it."""
        text = f"{self.where}: {self.what}" if self.where else self.what
        return f"{text}\n  → {self.fix}" if self.fix else text


class InputErrors(InputError):
    """Several faults of one input at once; `problems` lists each, in the order found."""

    def __init__(self, problems: list[InputError]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(first.where, first.what, first.fix)

    @property
    def message(self) -> str:
        return "\n".join(problem.message for problem in self.problems)
