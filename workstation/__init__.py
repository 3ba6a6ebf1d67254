"""The warehouse workstation: book, synchronise and receive marketplace purchases."""

__version__ = "0.1.0"
