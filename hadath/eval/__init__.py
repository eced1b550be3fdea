"""Measurement: scoring against gold files (``score``, ``report``) and timing (``bench``)."""
