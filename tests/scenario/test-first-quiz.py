#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The first quiz of a run, from a fresh profile: start it, answer, end it
early, read the results page, quit, and check the progress file on disk.

Once the first Practice or Test quiz of each run copied a freed quiz code:
a box on the results page, then invalid UTF-8 in progress.json, which the
next start set aside with every pack's progress in it."""

import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scenario  # noqa: E402

CODE = r'^[0-9A-Z]{4}-[0-9A-Z]{2,4}$'


def first_quiz(mode):
    def run(tap, artefacts):
        profile = tempfile.mkdtemp(prefix='lectern-scenario-')
        if mode != 'Practice':
            # Chosen last time: a GTK drop-down can't be opened through AT-SPI
            # (no action, and window-relative extents for a pointer click).
            scenario.App.write_settings(profile, quiz_mode=f"'{mode.lower()}'")
        app = scenario.App(profile=profile, artefacts=artefacts)
        try:
            app.select_tab('Quiz')
            app.wait_for('label', mode)
            code_node = app.wait_for('label', pattern=CODE)
            code = scenario.plain(code_node.name)
            app.screenshot('start-page')
            app.click('button', 'Start Quiz')
            counter = app.wait_for('label', pattern=r'^Question 1 of \d+$')
            total = int(re.search(r'of (\d+)', counter.name).group(1))
            tap.check(total > 0, f'{mode}: the first question is shown ({counter.name})')
            app.screenshot('question-1')

            app.end_quiz()
            summary = app.wait_for('label', pattern=r'Quiz code ')
            app.screenshot('results')
            shown = re.search(r'Quiz code (\S+)', summary.name).group(1)
            tap.check(shown == code, f'{mode}: the results page shows the code of the start page',
                      f'start page “{code}”, results “{shown}”')

            status = app.quit('close')
            tap.check(status == 0, f'{mode}: Lectern exits cleanly from the close button',
                      f'status {status}\n{app.log()}')
            log = app.log()
            tap.check('AddressSanitizer' not in log and 'WARNING' not in log and 'CRITICAL' not in log,
                      f'{mode}: nothing is reported on standard error', log)

            path = app.data_file('progress.json')
            try:
                progress = scenario.read_json(path)
                ok = True
            except (OSError, UnicodeDecodeError, ValueError) as e:
                progress, ok = None, False
                tap.check(False, f'{mode}: progress.json is whole UTF-8 JSON', e)
            if ok:
                text = str(progress)
                tap.check(code in text, f'{mode}: progress.json records the quiz with its code',
                          text[:2000])
        finally:
            app.close()

        # The next start reads the file as it is: nothing set aside.
        again = scenario.App(profile=profile)
        try:
            again.select_tab('Quiz')
            again.wait_for('button', 'Start Quiz')
            folder = os.path.dirname(again.data_file('progress.json'))
            aside = [n for n in os.listdir(folder) if '.corrupt-' in n]
            tap.check(aside == [], f'{mode}: the next start keeps the progress file', aside)
            status = again.quit('sigterm')
            tap.check(status == 0, f'{mode}: SIGTERM ends Lectern cleanly', f'status {status}')
        finally:
            again.close()
            if not os.environ.get('LECTERN_KEEP_PROFILE'):
                shutil.rmtree(profile, ignore_errors=True)
    return run


scenario.run([
    ('first-quiz-practice', first_quiz('Practice')),
    ('first-quiz-test', first_quiz('Test')),
])
