"""What the counsellor's desk needs from the domain and nobody else owns.

- ``details``: a service put into French words for the detail pane (sections of lines);
- ``editing``: field-by-field checks and saving of the catalogue editor's forms;
- ``curation``: the counsellor's pins, hidden services and manual order over the matches;
- ``wording``: French dates, numbers and distances as the desk shows them.

Qt-free like the rest of ``app.core``: the window only lays these out.
"""
