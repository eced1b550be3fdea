"""Errors hadath raises for input it cannot code."""


class HadathInputError(ValueError):
    """The input cannot be coded (empty, not text, bad date ...); the message says why."""
