"""The pieces of the ``cleantext`` command: sources -> documents -> Cleaner -> sinks.

``cleantext.cli`` holds the entry point (``main``); this package holds the parts:

    options     the argument parser and the checked ``Options``
    inputs      files, directories, stdin, JSON Lines and WARC/WET into ``Doc`` records
    warc        the WARC/WET reader (the optional ``fastwarc`` dependency, imported lazily)
    render      one ``Doc`` and its ``Article`` into output text, per format
    explain     the input with every removed fragment marked
    engine      cleaning in-process or in worker processes, in input order
    outputs     stdout, ``-o FILE`` or one file per input under ``--output-dir``
    progress    the progress line on stderr
    rules_cmd   ``cleantext rules``
"""
