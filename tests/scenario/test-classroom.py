#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A teacher's flows, from a fresh profile.

Worksheet: the exported worksheet is the quiz whose code is on the Quiz
page (once it drew a new random seed, and printed a 12-character code
against the 7 in the app), saved through the file dialog, and the toast
names the code.

GTK's own file chooser (no portal on the test display) prints one GDK
warning under Xvfb when its name entry changes, as a bare GtkFileDialog
does: that one is tolerated; any other warning fails."""

import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scenario  # noqa: E402

CODE = r'^[0-9A-Z]{4}-[0-9A-Z]{2,4}$'
FILE_CHOOSER_UNDER_XVFB = r'Gdk-WARNING .* gdk_frame_timings_submitted\(\) called on submitted frame'


def pdf_text(path):
    result = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else ''


def save_through_dialog(app, path):
    """Types @path into the save dialog's name and accepts it."""
    dialog = app.wait(lambda: [w for w in app.app if w is not None and scenario.showing(w)
                               and w.name == 'Export Worksheet'] or None,
                      'the Export Worksheet dialog')[0]
    entry = app.wait_for('text', 'Name:', root=dialog)
    entry.queryEditableText().setTextContents(path)
    app.click('button', 'Export', root=dialog)
    app.wait(lambda: not [w for w in app.app if w is not None and scenario.showing(w)
                          and w.name == 'Export Worksheet'], 'the dialog to close')


def worksheet(tap, artefacts):
    folder = tempfile.mkdtemp(prefix='lectern-worksheet-')
    app = scenario.App(artefacts=artefacts, tolerate=[FILE_CHOOSER_UNDER_XVFB])
    try:
        app.select_tab('Quiz')
        code = scenario.plain(app.wait_for('label', pattern=CODE).name)
        path = os.path.join(folder, 'class.pdf')
        app.window_action('win.export-worksheet')
        save_through_dialog(app, path)
        toast = app.wait_for('label', pattern=r'^Worksheet saved')
        app.screenshot('worksheet-saved')
        tap.check(code in toast.name, 'the toast names the quiz code on screen',
                  f'code {code}, toast “{toast.name}”')
        app.wait(lambda: os.path.exists(path) and os.path.getsize(path) > 0, 'the PDF on disk')
        text = pdf_text(path)
        printed = re.findall(r'Quiz code:? ([0-9A-Z]{4}-[0-9A-Z]{2,4})\b', text)
        tap.check(printed and set(printed) == {code},
                  'every quiz code printed on the worksheet is the one on screen',
                  f'on screen {code}, printed {sorted(set(printed))}')

        tap.check(not app.unexpected_warnings(), 'no warning from Lectern while saving',
                  '\n'.join(app.unexpected_warnings()))
        status = app.quit('close')
        tap.check(status == 0, 'Lectern exits cleanly', f'status {status}\n{app.log()}')
    finally:
        app.close()
        shutil.rmtree(folder, ignore_errors=True)


if os.path.exists('/.flatpak-info'):
    # Inside a Flatpak (flatpak-builder's test step) GTK's file dialogs always
    # go through the file chooser portal, and the build sandbox has none.
    print('1..0 # SKIP file dialogs need the portal inside Flatpak, and the build sandbox has none')
    sys.exit(0)

scenario.run([('worksheet', worksheet)])
