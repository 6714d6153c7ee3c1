"""The files the program reads and writes besides its documents, each a file format and
not a use case: the hearing file (``hearing-desk/1``, :mod:`.interchange`), sign-up
sheets (报名表, .xlsx, :mod:`.signup`) and drafts (征求意见稿, .txt/.docx, :mod:`.drafts`).
No Qt, no database: the services that import and export call these."""
