"""Rows to domain objects and back, one module per aggregate. Services call these inside
their own session (a service owns its transaction) and never write statements of their own.

* :mod:`.hearings` – the hearing row (its own fields: setup, agenda, draft, disputes,
  report, settings), :func:`~.hearings.require_hearing`, whole hearings, the list's summaries
* :mod:`.people` – the people of a hearing, their attendance and signatures
* :mod:`.turns` – the transcript's turns and the typing box's unfinished turn
* :mod:`.record` – the signed record: the locks and the changes logged between them
* :mod:`.opinions` – the opinion register and the answers
* :mod:`.recordings` – the hearing's sound recordings (file, hash, length)
"""
