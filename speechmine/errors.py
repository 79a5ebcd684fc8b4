"""The one error type speechmine raises for bad input; its message is a single line for users."""


class SpeechmineError(Exception):
    """Bad input or an unusable file: the CLI prints the message on one line and exits non-zero."""
