"""Pure functions that turn the text of a release into structured records."""
