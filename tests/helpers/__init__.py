"""What tests share across directories: helpers and fixtures, imported by the conftest.py files
and the tests (a test never imports another directory's conftest.py)."""
