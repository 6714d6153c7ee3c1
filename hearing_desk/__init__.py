"""Hearing Desk: records public hearings (听证会) and writes their legal documents."""
__version__ = "0.1.0"

import logging as _logging

# warnings of the package go to the program's log (app.setup_logging) and are
# returned to the caller; never printed a second time by logging's last resort
_logging.getLogger(__name__).addHandler(_logging.NullHandler())
