#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""One window size and style: the app filling a display of that size, on
the Read page, then on an answered quiz question. Run by
take-screenshots.sh."""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'scenario'))
import scenario  # noqa: E402

size, scheme, out = sys.argv[1], sys.argv[2], sys.argv[3]
width, height = (int(n) for n in size.split('x'))
profile = tempfile.mkdtemp(prefix='lectern-shots-')
scenario.App.write_settings(profile, window_width=width, window_height=height,
                            color_scheme=f"'{scheme}'", quiz_types="['entity']", sidebar_visible='true' if width > 700 else 'false')
app = scenario.App(profile=profile)


def shot(view):
    path = os.path.join(out, f'{view}-{width}-{scheme}.png')
    subprocess.run(['import', '-window', 'root', path], check=True)
    print(path)


try:
    # Read: the article with its timeline (and the sidebar where it fits).
    app.wait_for('page tab', 'Read')
    if width > 700:
        app.wait_for('list item', pattern=r'^Shinzo Abe')
    shot('reading')
    # Quiz: a question answered, with its feedback.
    app.select_tab('Quiz')
    app.click('button', 'Start Quiz')
    app.wait_for('label', pattern=r'^Question 1 of \d+$')
    app.click('button', pattern=r'^2: ')
    app.wait_for('button', 'Next Question')
    shot('quiz')
finally:
    app.close()
