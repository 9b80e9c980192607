#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A broken pack opened over a good one: Lectern lists the problems, names
the element each is in, and the article on screen stays as it was."""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scenario  # noqa: E402

TITLE = 'Japan’s evolving cybersecurity landscape'


def broken_pack(tap, artefacts):
    source = os.path.join(os.environ['LECTERN_SOURCE_DIR'], 'data', 'packs', 'japan-cybersecurity.json')
    with open(source, encoding='utf-8') as f:
        pack = json.load(f)
    # The second event's quote is not in its paragraph.
    second = pack['events'][1]
    second['quote'] = 'A sentence the article never says.'
    pack['title'] = 'A pack that must not replace the one on screen'
    folder = tempfile.mkdtemp(prefix='lectern-broken-')
    path = os.path.join(folder, 'broken.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(pack, f, ensure_ascii=False)

    app = scenario.App(artefacts=artefacts)
    try:
        tap.check(TITLE in app.window.name, 'the bundled article is on screen', app.window.name)
        # Opened as from a file manager: a second `lectern FILE` hands the
        # file to the running window.
        handed = subprocess.run([os.environ['LECTERN'], path], env=app.env, capture_output=True,
                                text=True, timeout=scenario.WAIT)
        tap.check(handed.returncode == 0, 'a second lectern hands the pack over',
                  handed.stdout + handed.stderr)
        dialog = app.wait(lambda: next((w for w in app.app if w is not None and
                                        w.getRoleName() in ('dialog', 'alert') and 'broken.json' in w.name),
                                       None) or app.find('dialog', pattern='broken.json') or
                          app.find('alert', pattern='broken.json'),
                          'the problems dialog')
        app.screenshot('problems')
        texts = [scenario.plain(n.name) for n in app.find_all('label', root=dialog)]
        for n in app.find_all('text', root=dialog):
            try:
                texts.append(app.text(n))
            except Exception:
                pass
        joined = '\n'.join(texts)
        tap.check('not found' in joined and 'quote' in joined,
                  'the dialog says what is wrong with the quote', joined)
        tap.check('event 2' in joined and second['id'] in joined,
                  f'it names the element: event 2, “{second["id"]}”', joined)
        tap.check('events[1]' not in joined, 'no zero-based JSON path in place of the event', joined)
        copy = app.find('button', pattern='^Copy', root=dialog)
        tap.check(copy is not None, 'the problems can be copied (a Copy button)',
                  [scenario.plain(b.name) for b in app.find_all('button', root=dialog)])

        app.click('button', 'Close', root=dialog)
        app.wait(lambda: not scenario.showing(dialog) or dialog not in list(app.app), 'the dialog to close')
        tap.check(TITLE in app.window.name, 'the article on screen is still the bundled one',
                  app.window.name)
        status = app.quit('close')
        tap.check(status == 0, 'Lectern exits cleanly', f'status {status}\n{app.log()}')
        log = app.log()
        tap.check('WARNING' not in log and 'CRITICAL' not in log and 'AddressSanitizer' not in log,
                  'nothing is reported on standard error', log)
    finally:
        app.close()


scenario.run([('broken-pack', broken_pack)])
