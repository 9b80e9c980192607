#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks of the platform files: desktop file, metainfo, schema,
translations, Flatpak manifest, installation. One check per command,
each printing TAP (see tests/data/meson.build for how they are run)."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = 'io.github.lectern.Lectern'
FINISH_ARGS = ['--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri']
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'

# The same arguments as meson's i18n.gettext(preset: 'glib').
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format',
]

# A C, header or .ui file with something for xgettext.
C_TRANSLATABLE = re.compile(r'(^|[^A-Za-z0-9_])(N?C?_|g_dngettext|ngettext|g_dpgettext2)\s*\(')
UI_TRANSLATABLE = re.compile(r'translatable="(yes|true|1)"')


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, ok, description, details=''):
        self.n += 1
        print(f'{"ok" if ok else "not ok"} {self.n} - {description}')
        if not ok:
            self.failed += 1
            for line in str(details).strip().splitlines():
                print(f'# {line}')
        return ok

    def diag(self, text):
        for line in str(text).strip().splitlines():
            print(f'# {line}')

    def done(self):
        print(f'1..{self.n}')
        return 1 if self.failed else 0


def skip_all(reason):
    print(f'1..0 # SKIP {reason}')
    return 0


def tool_env(**extra):
    """Environment for tools other than Lectern: the test environment makes
    GLib warnings fatal, which is for our code, not for theirs."""
    env = dict(os.environ)
    env.pop('G_DEBUG', None)
    env.update(extra)
    return env


def run(argv, **kwargs):
    kwargs.setdefault('env', tool_env())
    return subprocess.run(argv, capture_output=True, text=True, **kwargs)


def read_linguas(srcdir):
    langs = []
    with open(os.path.join(srcdir, 'po', 'LINGUAS'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            langs += line.split()
    return langs


def po_translation(po_path, msgid):
    """The msgstr of a plain (no context, no plural) msgid, or None."""
    text = run(['msgcat', '--no-wrap', po_path]).stdout
    pattern = re.compile(r'^msgid "(.*)"\nmsgstr "(.*)"$', re.M)
    for m in pattern.finditer(text):
        if m.group(1) == msgid:
            return re.sub(r'\\(.)', lambda e: {'n': '\n', 't': '\t'}.get(e.group(1), e.group(1)),
                          m.group(2))
    return None


def has_japanese(text):
    return re.search(r'[\u3040-\u30ff\u4e00-\u9fff]', text) is not None


# -- desktop file -------------------------------------------------------------

def check_desktop(tap, path, srcdir):
    exe = shutil.which('desktop-file-validate')
    if exe is None:
        return skip_all('desktop-file-validate is not installed (desktop-file-utils)')
    result = run([exe, path])
    complaints = [line for line in (result.stdout + result.stderr).splitlines()
                  if 'error:' in line or 'warning:' in line]
    tap.check(result.returncode == 0 and not complaints, 'desktop-file-validate finds nothing',
              result.stdout + result.stderr)

    entries = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if '=' in line and not line.startswith('#'):
                key, value = line.rstrip('\n').split('=', 1)
                entries[key] = value
    tap.check(entries.get('Type') == 'Application', 'Type=Application')
    tap.check('Education' in entries.get('Categories', '').split(';'), 'Categories has Education',
              entries.get('Categories'))
    tap.check(entries.get('Icon') == APP_ID, f'Icon={APP_ID}', entries.get('Icon'))
    tap.check(entries.get('Exec', '').split()[0:1] == ['lectern'], 'Exec runs lectern',
              entries.get('Exec'))
    keywords = entries.get('Keywords', '')
    tap.check(len(keywords.split(';')) > 3 and keywords.endswith(';'),
              'Keywords lists search terms, ending in “;”', keywords)
    for lang in read_linguas(srcdir):
        for key in ('Comment', 'Keywords'):
            value = entries.get(f'{key}[{lang}]', '')
            tap.check(value != '' and value != entries.get(key),
                      f'{key}[{lang}] is translated', value)
        tap.check(entries.get(f'Keywords[{lang}]', '').endswith(';'),
                  f'Keywords[{lang}] ends in “;”')
    return tap.done()


# -- metainfo -----------------------------------------------------------------

# appstreamcli before 1.0 does not know <developer> (it replaced
# <developer_name>); that one complaint is expected from it, nothing else.
TOLERATED = {('I', 'unknown-tag', 'developer')}
ALWAYS_ERRORS = ('content-rating-missing', 'releases-info-missing')


def check_metainfo(tap, path, srcdir, version):
    exe = shutil.which('appstreamcli')
    if exe is None:
        return skip_all('appstreamcli is not installed (appstream)')
    result = run([exe, 'validate', '--no-net', '--no-color', path])
    output = result.stdout + result.stderr
    issues = re.findall(r'^([EWIP]): [^:\s]+:(?:[\d~]+:)? ([\w-]+)\s*(.*)$', output, re.M)
    validator = re.search(r'(\d+)\.(\d+)', run([exe, '--version']).stdout)
    old_validator = validator is not None and int(validator.group(1)) < 1
    # Errors and warnings always fail. Infos fail with the validator this was
    # checked against (0.16); newer ones add advisory infos of their own,
    # which must not break a Flatpak build that runs these tests.
    unexpected = [i for i in issues if (i[0], i[1], i[2].strip()) not in TOLERATED
                  and (i[0] in 'EW' or old_validator)]
    tap.check(result.returncode == 0, 'appstreamcli validate --no-net passes', output)
    tap.check(not unexpected, 'no issue other than the tolerated ones', output)
    if not old_validator and issues:
        tap.diag(output)
    for tag in ALWAYS_ERRORS:
        tap.check(tag not in output, f'no {tag}', output)

    root = ET.parse(path).getroot()
    tap.check(root.tag == 'component' and root.get('type') == 'desktop-application',
              'a desktop-application component')
    tap.check(root.findtext('id') == APP_ID, f'id is {APP_ID}')
    tap.check(root.findtext('metadata_license') == 'CC0-1.0', 'metadata_license CC0-1.0')
    tap.check(root.findtext('project_license') == 'GPL-3.0-or-later',
              'project_license GPL-3.0-or-later')
    launchable = root.find('launchable')
    tap.check(launchable is not None and launchable.get('type') == 'desktop-id'
              and launchable.text == APP_ID + '.desktop', 'launchable is the desktop file')
    developer = root.find('developer')
    tap.check(developer is not None and developer.get('id') and developer.findtext('name'),
              'developer has an id and a name')
    urls = {u.get('type'): u.text for u in root.findall('url')}
    for kind in ('homepage', 'bugtracker'):
        tap.check((urls.get(kind) or '').startswith('https://'), f'{kind} URL', urls)
    rating = root.find('content_rating')
    tap.check(rating is not None and rating.get('type') == 'oars-1.1', 'OARS 1.1 content rating')

    colors = {c.get('scheme_preference'): c.text for c in root.findall('branding/color')
              if c.get('type') == 'primary'}
    tap.check(set(colors) == {'light', 'dark'}
              and all(re.fullmatch(r'#[0-9a-fA-F]{6}', c or '') for c in colors.values()),
              'primary branding colours for light and dark', colors)

    screenshots = root.findall('screenshots/screenshot')
    tap.check(len(screenshots) >= 3, 'at least three screenshots', len(screenshots))
    tap.check(sum(1 for s in screenshots if s.get('type') == 'default') == 1,
              'exactly one default screenshot')
    for shot in screenshots:
        url = shot.findtext('image') or ''
        captions = [c for c in shot.findall('caption') if c.get(XML_LANG) is None]
        name = url.rsplit('/', 1)[-1]
        tap.check(bool(captions) and captions[0].text, f'screenshot {name} has a caption')
        m = re.match(r'https://raw\.githubusercontent\.com/lectern-app/lectern/[^/]+/(.+\.png)$',
                     url)
        tap.check(m is not None, f'screenshot {name} is a PNG in the repository', url)
        if m:
            local = os.path.join(srcdir, m.group(1))
            is_png = False
            if os.path.isfile(local):
                with open(local, 'rb') as f:
                    is_png = f.read(8) == b'\x89PNG\r\n\x1a\n'
            tap.check(is_png, f'{m.group(1)} exists and is a PNG')

    releases = root.findall('releases/release')
    tap.check(bool(releases) and all(re.fullmatch(r'\d{4}-\d{2}-\d{2}', r.get('date') or '')
                                     for r in releases), 'releases have dates')
    tap.check(bool(releases) and releases[0].get('version') == version,
              f'the newest release is the project version {version}',
              releases[0].get('version') if releases else None)
    tap.check(root.find('requires/display_length') is not None, 'requires a display length')
    controls = {c.text for c in root.findall('supports/control')}
    tap.check({'keyboard', 'pointing'} <= controls, 'supports keyboard and pointing', controls)

    for lang in read_linguas(srcdir):
        for element in ('summary', 'description/p', 'screenshots/screenshot/caption'):
            tr = [e for e in root.findall(element) if e.get(XML_LANG) == lang]
            text = ''.join(e.text or '' for e in tr)
            tap.check(bool(tr) and (lang != 'ja' or has_japanese(text)),
                      f'{element} translated to {lang}')
    return tap.done()


# -- schema -------------------------------------------------------------------

def check_schema(tap, path):
    exe = shutil.which('glib-compile-schemas')
    if exe is None:
        return skip_all('glib-compile-schemas is not installed')
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, tmp)
        result = run([exe, '--strict', '--dry-run', tmp])
    tap.check(result.returncode == 0 and not result.stderr.strip(),
              'glib-compile-schemas --strict --dry-run accepts it',
              result.stdout + result.stderr)
    root = ET.parse(path).getroot()
    tap.check(root.get('gettext-domain') == 'lectern', 'gettext-domain is lectern')
    schema = root.find(f'schema[@id="{APP_ID}"]')
    tap.check(schema is not None and schema.get('path') == '/io/github/lectern/Lectern/',
              f'schema {APP_ID} at /io/github/lectern/Lectern/')
    keys = schema.findall('key') if schema is not None else []
    for key in keys:
        tap.check(bool(key.findtext('summary')) and bool(key.findtext('description')),
                  f'key {key.get("name")} has a summary and a description')
    names = {k.get('name') for k in keys}
    for name in ('color-scheme', 'text-scale', 'question-timer', 'paper-size',
                 'window-width', 'window-height', 'window-maximized', 'sidebar-visible'):
        tap.check(name in names, f'key {name} exists')
    return tap.done()


# -- translations -------------------------------------------------------------

def msgfmt_statistics(po_path):
    result = run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po_path],
                 env=tool_env(LC_ALL='C', LANGUAGE='C'))
    stats = result.stderr.strip()
    counts = {}
    for number, kind in re.findall(r'(\d+) (translated|untranslated|fuzzy)', stats):
        counts[kind] = int(number)
    return result, counts


def make_pot(srcdir, out_dir):
    pot = os.path.join(out_dir, 'lectern.pot')
    result = run(['xgettext', '--package-name=lectern', '-f', os.path.join(srcdir, 'po', 'POTFILES.in'),
                  '-D', srcdir, '-o', pot] + XGETTEXT_ARGS)
    return result, pot


def check_translations(tap, srcdir):
    if shutil.which('msgfmt') is None or shutil.which('xgettext') is None:
        return skip_all('gettext is not installed')
    langs = read_linguas(srcdir)
    tap.check('ja' in langs, 'LINGUAS has ja', langs)
    with tempfile.TemporaryDirectory() as tmp:
        result, pot = make_pot(srcdir, tmp)
        tap.check(result.returncode == 0, 'xgettext extracts the template from POTFILES.in',
                  result.stderr)
        for lang in langs:
            po = os.path.join(srcdir, 'po', lang + '.po')
            if not tap.check(os.path.exists(po), f'po/{lang}.po exists'):
                continue
            result, counts = msgfmt_statistics(po)
            tap.check(result.returncode == 0, f'msgfmt --check accepts {lang}.po', result.stderr)
            tap.check(counts.get('translated', 0) > 0 and not counts.get('untranslated')
                      and not counts.get('fuzzy'),
                      f'{lang}.po has no untranslated or fuzzy message', result.stderr)
            # Against the strings in the sources now, not when it was last merged.
            merged = os.path.join(tmp, lang + '.po')
            result = run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot])
            if tap.check(result.returncode == 0, f'msgmerge {lang}.po with the sources',
                         result.stderr):
                result, counts = msgfmt_statistics(merged)
                missing = run(['msgattrib', '--untranslated', '--no-obsolete', '--no-wrap',
                               merged]).stdout
                missing = re.findall(r'^msgid "(.+)"$', missing, re.M)
                tap.check(not counts.get('untranslated') and not counts.get('fuzzy'),
                          f'{lang}.po translates every string in the sources (po/update-po)',
                          result.stderr + '\n' + '\n'.join(missing[:20]))
    return tap.done()


def translatable_files(srcdir):
    found = []
    for top in ('src',):
        for dirpath, dirnames, filenames in os.walk(os.path.join(srcdir, top)):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, srcdir)
                if name.endswith(('.c', '.h')):
                    pattern = C_TRANSLATABLE
                elif name.endswith('.ui'):
                    pattern = UI_TRANSLATABLE
                else:
                    continue
                with open(path, encoding='utf-8', errors='replace') as f:
                    if pattern.search(f.read()):
                        found.append(rel)
    for name in sorted(os.listdir(os.path.join(srcdir, 'data'))):
        if name.endswith(('.desktop.in', '.metainfo.xml.in', '.gschema.xml')):
            found.append(os.path.join('data', name))
    return found


# What GTK 4.24 and libadwaita 1.10 deprecate and the compiler never sees:
# .ui constructs (GTK_DEBUG=builder names them at run time), CSS colour
# functions and named colours, and deprecated types named in .ui files.
SINGLE_CHILD = {'GtkSearchBar', 'GtkScrolledWindow', 'AdwClampScrollable', 'AdwClamp',
                'GtkViewport', 'GtkRevealer', 'GtkFrame', 'GtkButton', 'GtkPopover',
                'AdwStatusPage', 'AdwBin', 'GtkWindowHandle', 'GtkListBoxRow',
                'GtkFlowBoxChild', 'AdwToastOverlay', 'AdwBreakpointBin', 'AdwNavigationPage',
                'GtkMenuButton', 'GtkToggleButton', 'GtkAspectFrame', 'AdwDialog'}
DEPRECATED_TYPES = {'GtkShortcutsWindow', 'GtkShortcutsSection', 'GtkShortcutsGroup',
                    'GtkShortcutsShortcut', 'GtkFileChooserNative', 'GtkFileChooserDialog',
                    'AdwMessageDialog', 'AdwPreferencesWindow', 'AdwAboutWindow',
                    'GtkDialog', 'GtkMessageDialog', 'GtkComboBox', 'GtkComboBoxText',
                    'GtkTreeView', 'GtkInfoBar', 'GtkStatusbar', 'AdwLeaflet', 'AdwFlap',
                    'AdwSqueezer', 'AdwViewSwitcherTitle'}
DEPRECATED_CSS = re.compile(r'@define-color|(?<![\w-])(alpha|mix|shade|lighter|darker)\(|'
                            r'@(?!media\b|import\b|keyframes\b)[a-z_]+')


def check_deprecations(tap, srcdir):
    import xml.etree.ElementTree as ET
    ui_problems, css_problems, c_problems = [], [], []
    for dirpath, dirnames, filenames in os.walk(os.path.join(srcdir, 'src')):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, srcdir)
            if name.endswith('.ui'):
                for node in ET.parse(path).iter():
                    if node.tag not in ('object', 'template'):
                        continue
                    cls = node.get('class') if node.tag == 'object' else node.get('parent')
                    label = f'{rel}: {cls} “{node.get("id") or node.get("class")}”'
                    if cls in DEPRECATED_TYPES:
                        ui_problems.append(f'{label} is deprecated')
                    if node.find('items') is not None:
                        ui_problems.append(f'{label}: <items> (set the strings property)')
                    if cls in SINGLE_CHILD and any(c.tag == 'child' and c.get('type') is None
                                                   for c in node):
                        ui_problems.append(f'{label}: <child> (set the child property)')
            elif name.endswith('.css'):
                with open(path, encoding='utf-8') as f:
                    for number, line in enumerate(f, 1):
                        code = line.split('/*')[0]
                        if DEPRECATED_CSS.search(code):
                            css_problems.append(f'{rel}:{number}: {line.strip()}')
            elif name.endswith(('.c', '.h')):
                with open(path, encoding='utf-8') as f:
                    text = f.read()
                for word in ('G_GNUC_BEGIN_IGNORE_DEPRECATIONS', 'GtkStyleContext *',
                             'gtk_style_context_get', 'gtk_widget_get_style_context'):
                    if word in text:
                        c_problems.append(f'{rel}: {word}')
    tap.check(not ui_problems, '.ui files use nothing GTK 4.24 or libadwaita 1.10 deprecate',
              '\n'.join(ui_problems))
    tap.check(not css_problems, 'CSS uses no deprecated colour function or named colour',
              '\n'.join(css_problems))
    tap.check(not c_problems, 'no deprecation silenced, no GtkStyleContext read in C',
              '\n'.join(c_problems))
    return tap.done()


def check_potfiles(tap, srcdir):
    listed = []
    with open(os.path.join(srcdir, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                listed.append(line)
    missing_files = [p for p in listed if not os.path.exists(os.path.join(srcdir, p))]
    tap.check(not missing_files, 'every file in POTFILES.in exists', '\n'.join(missing_files))
    tap.check(len(set(listed)) == len(listed), 'no file is listed twice')
    unlisted = [p for p in translatable_files(srcdir) if p not in listed]
    tap.check(not unlisted, 'every file with translatable strings is in POTFILES.in',
              '\n'.join(unlisted))
    return tap.done()


# -- Flatpak manifest ---------------------------------------------------------

def check_flatpak(tap, manifest):
    exe = shutil.which('flatpak-builder')
    if exe is None:
        return skip_all('flatpak-builder is not installed (build-aux/lectern-dev test installs it)')
    env = dict(os.environ, G_DEBUG='fatal-warnings')
    result = subprocess.run([exe, '--show-manifest', manifest], capture_output=True, text=True,
                            env=env)
    if not tap.check(result.returncode == 0,
                     'flatpak-builder --show-manifest parses it with fatal warnings',
                     result.stderr):
        return tap.done()
    data = json.loads(result.stdout)
    tap.check(data.get('id') == APP_ID, f'id is {APP_ID}')
    tap.check(data.get('runtime') == 'org.gnome.Platform' and data.get('sdk') == 'org.gnome.Sdk',
              'GNOME runtime and SDK')
    tap.check(data.get('runtime-version') == '51', 'runtime-version 51',
              data.get('runtime-version'))
    tap.check(data.get('command') == 'lectern', 'command lectern')
    args = data.get('finish-args', [])
    tap.check(sorted(args) == sorted(FINISH_ARGS) and len(args) == len(FINISH_ARGS),
              'finish-args are exactly ' + ' '.join(FINISH_ARGS), args)
    modules = data.get('modules', [])
    tap.check(len(modules) == 1, 'one module', len(modules))
    if modules:
        module = modules[0]
        tap.check(module.get('buildsystem') == 'meson', 'the module is built with meson')
        tap.check(module.get('run-tests') is True, 'the module runs its tests')
        sources = module.get('sources', [])
        # As Flathub builds it (--sandbox): a release from git, no path
        # outside the manifest's folder. `lectern-dev flatpak` swaps in the
        # working tree for development.
        tap.check(len(sources) == 1 and sources[0].get('type') == 'git'
                  and sources[0].get('url', '').startswith('https://')
                  and ('tag' in sources[0] or 'commit' in sources[0]),
                  'its source is a tagged release from git', sources)
        commands = ' '.join(module.get('test-commands', []))
        tap.check('meson test' in commands and '--no-rebuild' not in commands
                  and '--no-suite' not in commands and '--suite' not in commands
                  and 'xvfb-run' in commands,
                  'its tests are the whole suite, under a display', commands)
        test_args = (module.get('build-options') or {}).get('test-args')
        tap.check(test_args is None, 'no test-args (refused by sandboxed builds)', test_args)
    return tap.done()


# -- installation -------------------------------------------------------------

def build_options(builddir):
    with open(os.path.join(builddir, 'meson-info', 'intro-buildoptions.json')) as f:
        return {o['name']: o['value'] for o in json.load(f)}


def lectern_env(**extra):
    """Environment for running Lectern itself: warnings stay fatal."""
    env = dict(os.environ)
    env.update(extra)
    return env


def check_help_ja(tap, lectern, localedir, srcdir, label):
    po = os.path.join(srcdir, 'po', 'ja.po')
    expected = po_translation(po, 'Print the version and exit')
    result = subprocess.run([lectern, '--help'], capture_output=True, text=True,
                            env=lectern_env(LANGUAGE='ja',
                                            LECTERN_LOCALEDIR=localedir))
    tap.check(result.returncode == 0 and expected is not None and expected in result.stdout
              and has_japanese(result.stdout),
              f'LANGUAGE=ja lectern --help prints Japanese ({label})',
              f'expected “{expected}”\n{result.stdout}{result.stderr}')


def check_install(tap, meson, builddir, srcdir):
    options = build_options(builddir)
    prefix = options['prefix']

    with tempfile.TemporaryDirectory() as destdir:
        result = run([meson, 'install', '--no-rebuild', '--destdir', destdir, '-C', builddir])
        if not tap.check(result.returncode == 0, 'meson install --destdir succeeds',
                         result.stdout[-3000:] + result.stderr):
            return tap.done()
        root = destdir + prefix

        def installed(option, *parts):
            value = options[option]
            base = value if os.path.isabs(value) else os.path.join(prefix, value)
            return os.path.join(destdir + base, *parts)

        lectern = installed('bindir', 'lectern')
        datadir = installed('datadir')
        files = {
            'the binary': lectern,
            'the desktop file': os.path.join(datadir, 'applications', APP_ID + '.desktop'),
            'the metainfo': os.path.join(datadir, 'metainfo', APP_ID + '.metainfo.xml'),
            'the schema': os.path.join(datadir, 'glib-2.0', 'schemas', APP_ID + '.gschema.xml'),
            'the app icon': os.path.join(datadir, 'icons', 'hicolor', 'scalable', 'apps',
                                         APP_ID + '.svg'),
            'the symbolic icon': os.path.join(datadir, 'icons', 'hicolor', 'symbolic', 'apps',
                                              APP_ID + '-symbolic.svg'),
            'the example pack': os.path.join(datadir, 'lectern', 'packs',
                                             'japan-cybersecurity.json'),
        }
        for lang in read_linguas(srcdir):
            files[f'the {lang} translation'] = installed('localedir', lang, 'LC_MESSAGES',
                                                         'lectern.mo')
        for what, path in files.items():
            tap.check(os.path.isfile(path), f'installs {what}', os.path.relpath(path, root))

        if shutil.which('desktop-file-validate'):
            result = run(['desktop-file-validate', files['the desktop file']])
            tap.check(result.returncode == 0, 'the installed desktop file validates',
                      result.stdout + result.stderr)

        # The schema, compiled as a package's trigger would, is usable.
        schemadir = os.path.dirname(files['the schema'])
        result = run(['glib-compile-schemas', '--strict', schemadir])
        tap.check(result.returncode == 0, 'the installed schema compiles', result.stderr)
        gsettings = shutil.which('gsettings')
        if gsettings:
            result = run([gsettings, '--schemadir', schemadir, 'list-keys', APP_ID],
                         env=tool_env(GSETTINGS_BACKEND='memory'))
            tap.check(result.returncode == 0 and 'color-scheme' in result.stdout.split(),
                      'gsettings finds the installed schema and its keys',
                      result.stdout + result.stderr)

        env = lectern_env(LANGUAGE='en')
        result = subprocess.run([lectern, '--version'], capture_output=True, text=True, env=env)
        tap.check(result.returncode == 0 and result.stdout.strip() == 'lectern ' + options_version(builddir),
                  'the installed lectern --version', result.stdout + result.stderr)
        result = subprocess.run([lectern, '--help'], capture_output=True, text=True, env=env)
        tap.check(result.returncode == 0 and '--validate' in result.stdout,
                  'the installed lectern --help', result.stdout + result.stderr)
        result = subprocess.run([lectern, '--validate', files['the example pack']],
                                capture_output=True, text=True, env=env)
        tap.check(result.returncode == 0 and result.stdout.strip().endswith(': ok'),
                  'the installed lectern --validate accepts the installed pack',
                  result.stdout + result.stderr)
        check_help_ja(tap, lectern, installed('localedir'), srcdir, 'installed')
    return tap.done()


def options_version(builddir):
    with open(os.path.join(builddir, 'meson-info', 'intro-projectinfo.json')) as f:
        return json.load(f)['version']


def main(argv):
    tap = Tap()
    command, args = argv[1], argv[2:]
    if command == 'desktop':
        return check_desktop(tap, *args)
    if command == 'metainfo':
        return check_metainfo(tap, *args)
    if command == 'schema':
        return check_schema(tap, *args)
    if command == 'translations':
        return check_translations(tap, *args)
    if command == 'deprecations':
        return check_deprecations(tap, *args)
    if command == 'potfiles':
        return check_potfiles(tap, *args)
    if command == 'flatpak':
        return check_flatpak(tap, *args)
    if command == 'install':
        return check_install(tap, *args)
    if command == 'help-ja':
        lectern, localedir, srcdir = args
        check_help_ja(tap, lectern, localedir, srcdir, 'build tree')
        return tap.done()
    print(f'unknown check {command}', file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
