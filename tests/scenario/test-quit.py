#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Quitting by every route, with a quiz in progress: Lectern ends with
status 0, says nothing on standard error, and leaves a whole progress file
with the answer given. (Ctrl+Q once crashed on GTK 4.24: the windows were
closed while GTK's own list of them was being walked.)

Routes: app.quit over D-Bus (the action behind Ctrl+Q and the menu's Quit),
the window's close button, SIGTERM and SIGINT."""

import os
import shutil
import signal
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scenario  # noqa: E402


def quit_route(route):
    def run(tap, artefacts):
        profile = tempfile.mkdtemp(prefix='lectern-scenario-')
        app = scenario.App(profile=profile, artefacts=artefacts)
        try:
            app.select_tab('Quiz')
            app.click('button', 'Start Quiz')
            app.wait_for('label', pattern=r'^Question 1 of \d+$')
            # An answer when the first question has numbered choices (the
            # question types vary with the quiz), else the quiz ended early.
            option = app.find('button', pattern=r'^1: ')
            if option is not None:
                app.activate(option)
            else:
                app.end_quiz()
            path = app.data_file('progress.json')
            app.wait(lambda: os.path.exists(path), 'the answer saved')
            app.screenshot('answered')
            if route == 'dbus':
                app.app_action('quit')
                status = app.process.wait(timeout=scenario.WAIT)
            elif route == 'sigint':
                app.process.send_signal(signal.SIGINT)
                status = app.process.wait(timeout=scenario.WAIT)
            else:
                status = app.quit(route)
            tap.check(status == 0, f'{route}: Lectern exits with status 0', f'status {status}\n{app.log()}')
            log = app.log()
            tap.check('WARNING' not in log and 'CRITICAL' not in log and 'AddressSanitizer' not in log,
                      f'{route}: nothing is reported on standard error', log)
            try:
                progress = scenario.read_json(path)
                packs = progress.get('packs', {})
                answers = sum(len(p.get('questions', p.get('items', {}))) + len(p.get('quizzes', []))
                              for p in packs.values())
                tap.check(answers >= 1, f'{route}: the progress file is whole and holds the answer or the quiz',
                          str(progress)[:1500])
            except (OSError, UnicodeDecodeError, ValueError, AttributeError) as e:
                tap.check(False, f'{route}: the progress file is whole and holds the answer or the quiz', e)
        finally:
            app.close()
            shutil.rmtree(profile, ignore_errors=True)
    return run


scenario.run([(f'quit-{r}', quit_route(r)) for r in ('dbus', 'close', 'sigterm', 'sigint')])
