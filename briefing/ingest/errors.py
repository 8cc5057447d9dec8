"""The one exception every refusal raises."""


class InputError(Exception):
    """A file that cannot become a release; the message is the reason, one line."""
