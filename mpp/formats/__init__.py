"""The portal's date and time formats per language (FORMAT_MODULE_PATH).

Each module sets only what differs from Django's own (django/conf/locale/<lang>/
formats.py); everything else falls back to Django's.
"""
