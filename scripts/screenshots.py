"""Drives the real `assist` binary in tmux over the demo journal and saves each screen as a PNG.

Run through `scripts/screenshots`, which builds the binary and installs Pillow and the font.
Each shot waits for text that proves the screen is there, then for the screen to stop
changing, polling `capture-pane` against a deadline: no fixed sleeps, so a slow machine only
takes longer. tmux runs on a private socket whose server is killed on the way out.
"""

import argparse
import os
import shlex
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import screenshots_cells  # noqa: E402
import screenshots_render  # noqa: E402

DEADLINE_SECONDS = 20
POLL_SECONDS = 0.05
STABLE_POLLS = 6


class ShotError(Exception):
    """A screen did not appear in time; the message says which and shows what was there."""


class Terminal:
    """One tmux server on a private socket, holding at most one session at a time."""

    def __init__(self, socket, environment, configuration):
        self.socket = socket
        self.environment = environment
        self.configuration = configuration
        self.columns, self.rows = 100, 30
        self.session = None
        self.started = 0

    def tmux(self, *arguments, capture=False):
        """Runs tmux on the private socket; the server must not inherit our pipes, so only
        commands that return output capture it."""
        command = ["tmux", "-L", self.socket, "-f", self.configuration, *arguments]
        if capture:
            return subprocess.run(command, capture_output=True, text=True, check=False).stdout
        subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        return ""

    def start(self, command, columns=100, rows=30, extra_environment=None):
        """Starts `command` alone in a fresh `columns`×`rows` session.

        The old session ends only after the new one exists: killing the last session stops the
        server, and a new-session racing that shutdown can find no server at all."""
        previous = self.session
        self.started += 1
        self.session = f"shot{self.started}"
        self.columns, self.rows = columns, rows
        environment = dict(self.environment, **(extra_environment or {}))
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in sorted(environment.items()))
        line = f"env -i {exports} " + " ".join(shlex.quote(part) for part in command)
        self.tmux("new-session", "-d", "-s", self.session, "-x", str(columns), "-y", str(rows), line)
        if previous:
            self.tmux("kill-session", "-t", previous)

    def kill_server(self):
        """Ends the tmux server and the programs in it."""
        self.tmux("kill-server")

    def text(self):
        """The screen as plain text."""
        return self.tmux("capture-pane", "-p", "-t", self.session, capture=True)

    def styled(self):
        """The screen with its SGR colours and attributes, trailing cells kept."""
        return self.tmux("capture-pane", "-p", "-e", "-N", "-t", self.session, capture=True)

    def send(self, *keys, literal=False):
        """Sends tmux key names (`Enter`, `Escape`) or, with `literal`, text as typed."""
        self.tmux("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)

    def wait_for(self, *texts, absent=()):
        """Waits until every one of `texts` shows and none of `absent` does, then until the
        screen has stopped changing; returns the styled capture."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        screen = self.text()
        while not (all(t in screen for t in texts) and not any(t in screen for t in absent)):
            if time.monotonic() > deadline:
                raise ShotError(f"The screen never showed {texts!r} (without {absent!r}); it showed:\n{screen}")
            time.sleep(POLL_SECONDS)
            screen = self.text()
        previous, same = self.styled(), 0
        while same < STABLE_POLLS:
            if time.monotonic() > deadline:
                raise ShotError(f"The screen kept changing after showing {texts!r}.")
            time.sleep(POLL_SECONDS)
            current = self.styled()
            same = same + 1 if current == previous else 0
            previous = current
        return previous

    def save(self, capture, path):
        """Renders a styled capture to a PNG at `path`."""
        grid = screenshots_cells.parse_capture(capture.rstrip("\n"), self.columns, self.rows)
        screenshots_render.render(grid, path)
        print(f"wrote {path}")


def take_shots(terminal, assist, journal, directory):
    """Every screenshot, in README order; each session starts from a fresh program."""
    def path(name):
        return os.path.join(directory, name)

    ui = [assist, "--journal", journal]
    terminal.start(ui + ["--screen", "cases"])
    terminal.save(terminal.wait_for("[1 Cases]", "C-"), path("01-cases.png"))

    # A case with a full timeline: the demo's cases further down have had more time to grow one.
    terminal.send("j", "j", "j", "Enter")
    terminal.save(terminal.wait_for("Timeline"), path("02-case-timeline.png"))

    terminal.send("Escape")
    terminal.wait_for("[1 Cases]", "C-")
    terminal.send("N")
    terminal.wait_for("Alias")
    terminal.send("Enter")
    terminal.save(terminal.wait_for("Alias", "Error:"), path("03-form-refused.png"))
    terminal.send("Escape")

    # Only the bracketed tab number is awaited, so a screen may change its title freely.
    for key, file in (("2", "04-referrals.png"), ("3", "05-activity.png"),
                      ("4", "06-organisations.png"), ("5", "07-reports.png")):
        terminal.send(key)
        terminal.save(terminal.wait_for(f"[{key} "), path(file))

    terminal.send("1")
    terminal.wait_for("[1 Cases]")
    terminal.send("?")
    terminal.save(terminal.wait_for("Keys: Cases", "Any key closes this help."), path("08-help.png"))

    terminal.start(ui + ["--screen", "cases"], extra_environment={"NO_COLOR": "1"})
    terminal.save(terminal.wait_for("[1 Cases]", "C-"), path("09-monochrome.png"))

    terminal.start(ui + ["--screen", "cases"], columns=80, rows=24)
    terminal.save(terminal.wait_for("[1 Cases]", "C-"), path("10-cases-80x24.png"))


def main():
    """Parses the arguments the shell entry point passes and takes every shot."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--assist", required=True, help="the built assist binary")
    parser.add_argument("--journal", required=True, help="the demo journal to open")
    parser.add_argument("--home", required=True, help="the private HOME for the program")
    parser.add_argument("--socket", required=True, help="the tmux socket name")
    parser.add_argument("--output", required=True, help="the directory for the PNGs")
    arguments = parser.parse_args()
    environment = {
        "HOME": arguments.home,
        "XDG_DATA_HOME": os.path.join(arguments.home, ".local", "share"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "TZ": "UTC",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    configuration = os.path.join(arguments.home, "tmux.conf")
    with open(configuration, "w", encoding="utf-8") as file:
        file.write("set -g status off\nset -g default-terminal xterm-256color\nset -g escape-time 0\n")
    os.makedirs(arguments.output, exist_ok=True)
    terminal = Terminal(arguments.socket, environment, configuration)
    try:
        take_shots(terminal, arguments.assist, arguments.journal, arguments.output)
    except ShotError as error:
        print(f"screenshots: {error}", file=sys.stderr)
        return 1
    finally:
        terminal.kill_server()
    return 0


if __name__ == "__main__":
    sys.exit(main())
