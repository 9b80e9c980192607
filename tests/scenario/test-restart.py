#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Restart and restore: what a student set (text size, the sidebar) and where
they were reading come back at the next start, from the profile on disk."""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scenario  # noqa: E402
import pyatspi  # noqa: E402

FIRST_PARAGRAPH = 'Japan is a late comer'


def scale_at(app, needle):
    article = app.wait_for('text', 'Article')
    text = article.queryText()
    offset = app.text(article).find(needle)
    attrs, _, _ = text.getAttributeRun(offset, False)
    for a in attrs:
        if a.startswith('scale:'):
            return float(a.split(':', 1)[1])
    return 1.0


def pressed(node):
    states = node.getState()
    return states.contains(pyatspi.STATE_PRESSED) or states.contains(pyatspi.STATE_CHECKED)


def restart(tap, artefacts):
    profile = tempfile.mkdtemp(prefix='lectern-scenario-')
    app = scenario.App(profile=profile, artefacts=artefacts)
    try:
        before = scale_at(app, FIRST_PARAGRAPH)
        app.window_action('win.text-larger')
        app.window_action('win.text-larger')
        larger = app.wait(lambda: (s := scale_at(app, FIRST_PARAGRAPH)) > before * 1.15 and s,
                          'the text to grow')
        toggle = app.wait_for('toggle button', pattern='Sidebar')
        tap.check(pressed(toggle), 'the sidebar is shown at first')
        app.activate(toggle)
        app.wait(lambda: not pressed(toggle), 'the sidebar to hide')
        app.screenshot('before-restart')
        status = app.quit('close')
        tap.check(status == 0, 'Lectern exits cleanly', f'status {status}\n{app.log()}')
    finally:
        app.close()

    again = scenario.App(profile=profile, artefacts=artefacts)
    try:
        again.screenshot('after-restart')
        restored = scale_at(again, FIRST_PARAGRAPH)
        tap.check(abs(restored - larger) < 1e-6, 'the text size comes back',
                  f'set {larger}, after restart {restored}')
        toggle = again.wait_for('toggle button', pattern='Sidebar')
        entities = again.find('list', 'Entities')
        tap.check(not pressed(toggle) and entities is None, 'the sidebar stays hidden',
                  f'toggle pressed: {pressed(toggle)}, entity list shown: {entities is not None}')
        again.quit('close')
    finally:
        again.close()

    # A student who was two thirds through the article: the caret is there
    # too, so the first arrow key reads on from there.
    scenario.App.write_settings(profile, reading_positions="{'japan-cybersecurity': 0.66}")
    third = scenario.App(profile=profile, artefacts=artefacts)
    try:
        article = third.wait_for('text', 'Article')
        length = article.queryText().characterCount
        caret = third.wait(lambda: article.queryText().caretOffset > length // 3 and
                           article.queryText().caretOffset, 'the caret at the restored position',
                           timeout=5)
        tap.check(caret > length // 3, 'the caret is at the restored reading position',
                  f'caret {caret} of {length}')
        third.quit('close')
    except scenario.ScenarioFailure as e:
        tap.check(False, 'the caret is at the restored reading position', str(e)[:300])
    finally:
        third.close()
        if not os.environ.get('LECTERN_KEEP_PROFILE'):
            import shutil
            shutil.rmtree(profile, ignore_errors=True)


scenario.run([('restart', restart)])
