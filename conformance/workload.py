#!/usr/bin/env python3
"""The workload of the conformance run: drives a running Dovecot through every process and plugin
that Debian's packages offer, each with its success and failure paths.

    workload.py prepare --scratch DIR --base PORT     databases, Sieve scripts, folders
    workload.py run --scratch DIR --base PORT --series 2.3|2.4 [--chroot ROOT]

`conformance/run` starts Dovecot (main and backend instances) before `run` and stops it after.
Python's standard library only. Ports are BASE + the offsets in PORTS; everything is 127.0.0.1.
Each step says whether it must succeed or must fail; a step that does otherwise stops the run
with a non-zero exit. Where the server works asynchronously (hibernation, indexing, push), the
workload waits for the event in the exported log instead of sleeping.
"""

import argparse
import base64
import email.utils
import http.server
import imaplib
import json
import os
import poplib
import socket
import socketserver
import sqlite3
import subprocess
import sys
import threading
import time

PORTS = {"imap": 143, "pop3": 110, "lmtp": 24, "submission": 587, "managesieve": 190,
         "quota_status": 12, "doveadm": 924, "doveadm_http": 880, "smtp_sink": 25,
         "http_sink": 80, "backend_imap": 243, "backend_pop3": 210, "unused": 999}
HOST = "127.0.0.1"
DOMAIN = "eventref.test"
PASSWORD = "secret"
# users of the SQLite passdb; luauser comes from the Lua passdb
USERS = ["alice", "bob", "carol", "dave", "erin"]


def log(*parts):
    print(time.strftime("%H:%M:%S"), *parts, flush=True)


class StepFailed(Exception):
    pass


# --- prepare -----------------------------------------------------------------------------------

def prepare(scratch, base):
    etc = os.path.join(scratch, "etc")
    db = sqlite3.connect(os.path.join(etc, "users.sqlite"))
    # quota_rule is 2.3's per-user quota, quota_storage_size 2.4's
    db.execute("CREATE TABLE users (username TEXT PRIMARY KEY, password TEXT, quota_rule TEXT,"
               " quota_storage_size TEXT, proxy TEXT, host TEXT, imap_port INTEGER, pop3_port INTEGER,"
               " fts TEXT, fts_solr TEXT)")
    for user in USERS:
        small = user == "dave"
        db.execute("INSERT INTO users (username, password, quota_rule, quota_storage_size) VALUES (?, ?, ?, ?)",
                   (user, PASSWORD, "*:storage=1k" if small else None, "1k" if small else None))
    # 2.3: erin searches through Solr (the HTTP sink's fake, which moved: a redirect)
    db.execute("UPDATE users SET fts = 'solr', fts_solr = ? WHERE username = 'erin'",
               (f"url=http://localhost:{base + PORTS['http_sink']}/solr/",))
    db.execute("INSERT INTO users (username, password, proxy, host, imap_port, pop3_port)"
               " VALUES ('proxied', ?, 'y', ?, ?, ?)",
               (PASSWORD, HOST, base + PORTS["backend_imap"], base + PORTS["backend_pop3"]))
    db.execute("INSERT INTO users (username, password, proxy, host, imap_port, pop3_port)"
               " VALUES ('proxydead', ?, 'y', ?, ?, ?)",
               (PASSWORD, HOST, base + PORTS["unused"], base + PORTS["unused"]))
    db.commit()
    db.close()
    dict_db = sqlite3.connect(os.path.join(scratch, "dict", "dict.sqlite"))
    dict_db.execute("CREATE TABLE quota (username TEXT PRIMARY KEY, bytes INTEGER NOT NULL DEFAULT 0,"
                    " messages INTEGER NOT NULL DEFAULT 0)")
    dict_db.execute("CREATE TABLE last_login (username TEXT PRIMARY KEY, last_login INTEGER)")
    for user in USERS + ["luauser"]:
        dict_db.execute("INSERT INTO quota (username) VALUES (?)", (user,))
    dict_db.commit()
    dict_db.close()
    sieve = os.path.join(scratch, "sieve")
    write_active_script(sieve, "alice", "rules", ALICE_SIEVE)
    write_active_script(sieve, "carol", "broken", "require [\"fileinto\";\nif { keep\n")


def write_active_script(sieve, user, name, text):
    folder = os.path.join(sieve, user)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name + ".sieve"), "w") as f:
        f.write(text)
    os.symlink(os.path.join(user, name + ".sieve"), os.path.join(sieve, user + ".active.sieve"))


SOLR_EMPTY_RESPONSE = (b'<?xml version="1.0" encoding="UTF-8"?>\n<response><lst name="responseHeader">'
                       b'<int name="status">0</int><int name="QTime">1</int></lst>'
                       b'<result name="response" numFound="0" start="0" maxScore="0.0"></result></response>\n')

ATTACHMENT_MESSAGE = (
    "From: <sender@remote.test>\r\nTo: <alice@eventref.test>\r\nSubject: attachment\r\n"
    "Message-ID: <attachment@eventref.test>\r\nMIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
    "--b1\r\nContent-Type: text/plain\r\n\r\nSee the attached report.\r\n"
    "--b1\r\nContent-Type: application/pdf; name=\"report.pdf\"\r\n"
    "Content-Disposition: attachment; filename=\"report.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + base64.b64encode(b"%PDF-1.4 not really a pdf, for the fts tika parser\n").decode() + "\r\n--b1--\r\n")

ALICE_SIEVE = """\
require ["fileinto", "reject", "vacation", "enotify", "vnd.dovecot.report", "editheader",
         "imap4flags", "mailbox"];
if header :is "subject" "fileinto" { fileinto :create "Filed"; stop; }
if header :is "subject" "fileinto-missing" { fileinto "NoSuchMailbox"; stop; }
if header :is "subject" "redirect" { redirect "elsewhere@remote.test"; stop; }
if header :is "subject" "redirect-refused" { redirect "refuse-me@remote.test"; stop; }
if header :is "subject" "reject" { reject "Not wanted here."; stop; }
if header :is "subject" "vacation" {
  vacation :days 1 :subject "Away" :addresses ["alice@eventref.test"] "I am away.";
  keep; stop;
}
if header :is "subject" "discard" { discard; stop; }
if header :is "subject" "report" { report "abuse" "This is spam." "abuse@remote.test"; keep; stop; }
if header :is "subject" "notify" { notify :message "New mail" "mailto:watcher@remote.test"; keep; stop; }
if header :is "subject" "editheader" { addheader "X-Eventref" "seen"; addflag "\\\\Flagged"; keep; stop; }
keep;
"""


# --- sinks: SMTP relay and HTTP endpoint -----------------------------------------------------

class SmtpSink(socketserver.ThreadingTCPServer):
    """A relay that accepts everything except recipients starting with "refuse"."""
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port):
        super().__init__((HOST, port), SmtpSinkHandler)
        self.messages = []
        self.cond = threading.Condition()

    def wait_messages(self, count, timeout=30):
        with self.cond:
            if not self.cond.wait_for(lambda: len(self.messages) >= count, timeout):
                raise StepFailed(f"the SMTP sink got {len(self.messages)} messages, expected {count}")


class SmtpSinkHandler(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write(text.encode() + b"\r\n")

    def handle(self):
        self.reply("220 sink.eventref.test ESMTP")
        mail_from, rcpts = None, []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.decode("utf-8", "replace").strip()
            verb = cmd.split(" ", 1)[0].upper()
            if verb in ("EHLO", "LHLO"):
                self.reply("250-sink.eventref.test\r\n250-8BITMIME\r\n250-ENHANCEDSTATUSCODES\r\n250 PIPELINING")
            elif verb == "HELO":
                self.reply("250 sink.eventref.test")
            elif verb == "MAIL":
                mail_from, rcpts = cmd, []
                self.reply("250 2.1.0 OK")
            elif verb == "RCPT":
                if "<refuse" in cmd.lower():
                    self.reply("550 5.1.1 No such user here")
                else:
                    rcpts.append(cmd)
                    self.reply("250 2.1.5 OK")
            elif verb == "DATA":
                if not rcpts:
                    self.reply("554 5.5.1 No valid recipients")
                    continue
                self.reply("354 Go ahead")
                data = []
                while True:
                    part = self.rfile.readline()
                    if not part or part in (b".\r\n", b".\n"):
                        break
                    data.append(part)
                self.reply("250 2.0.0 Queued")
                with self.server.cond:
                    self.server.messages.append((mail_from, rcpts, b"".join(data)))
                    self.server.cond.notify_all()
                log("smtp sink: message", mail_from, rcpts)
            elif verb in ("RSET", "NOOP"):
                self.reply("250 2.0.0 OK")
            elif verb == "QUIT":
                self.reply("221 2.0.0 Bye")
                return
            else:
                self.reply("502 5.5.2 Command not implemented")


class HttpSink(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port):
        super().__init__((HOST, port), HttpSinkHandler)
        self.requests = []
        self.cond = threading.Condition()

    def wait_requests(self, path, count, timeout=30):
        def seen():
            return sum(1 for p, _ in self.requests if p.startswith(path))
        with self.cond:
            if not self.cond.wait_for(lambda: seen() >= count, timeout):
                raise StepFailed(f"the HTTP sink got {seen()} requests to {path}, expected {count}")


class HttpSinkHandler(http.server.BaseHTTPRequestHandler):
    """/policy: the auth policy server (refuses the login "blocked"); /push: push notifications
    (500 for bob's, to exercise the failure path; 408 for luauser's first, to make the client
    retry; carol's moved to /push-moved, 307); /tika/: a Tika server; /solr/: a Solr server whose select moved (302) to /solr-moved/;
    anything else 404."""

    def log_message(self, fmt, *args):
        log("http sink:", fmt % args)

    def body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            out = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    return out
                out += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length", 0)))

    def respond(self, status, payload=b"", ctype="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def handle_any(self):
        if self.path.startswith("http://"):    # absolute-form target, as after a redirect
            self.path = "/" + self.path.split("/", 3)[3]
        body = self.body()
        with self.server.cond:
            self.server.requests.append((self.path, body))
            self.server.cond.notify_all()
        if self.path.startswith("/policy"):
            blocked = b'"blocked"' in body
            answer = {"status": -1, "msg": "Blocked by policy"} if blocked else {"status": 0, "msg": ""}
            self.respond(200, json.dumps(answer).encode())
        elif self.path.startswith("/push-moved"):
            self.respond(204)
        elif self.path.startswith("/push"):
            if b"carol@" in body:     # moved (2.4 follows, 2.3 does not redirect the push client)
                self.send_response(307)
                self.send_header("Location", "http://localhost:%d/push-moved" % self.server.server_address[1])
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif b"bob@" in body:
                self.respond(500, b"push endpoint failed", "text/plain")
            elif b"luauser@" in body and sum(1 for p, b in self.server.requests if b"luauser@" in b) == 1:
                self.respond(408, b"request timeout, try again", "text/plain")   # retried once
            else:
                self.respond(204)
        elif self.path.startswith("/tika/"):
            self.respond(200, b"text extracted from the attachment by the fake tika", "text/plain")
        elif self.path.startswith("/solr/select"):    # Solr moved: exercises the client's redirect
            self.send_response(302)
            self.send_header("Location", "http://localhost:%d/solr-moved/%s" % (
                self.server.server_address[1], self.path[len("/solr/"):]))
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path.startswith(("/solr-moved/select", "/solr/update")):
            self.respond(200, SOLR_EMPTY_RESPONSE, "application/xml")
        else:
            self.respond(404, b"not found", "text/plain")

    do_POST = do_PUT = do_GET = handle_any


# --- the exported events, read back from the log ------------------------------------------------

class EventLog:
    """Follows a Dovecot log file and parses the exported JSON events in it."""

    def __init__(self, path):
        self.path = path
        self.offset = 0
        self.events = []

    def poll(self):
        with open(self.path, "rb") as f:
            f.seek(self.offset)
            data = f.read()
        end = data.rfind(b"\n") + 1
        self.offset += end
        for line in data[:end].splitlines():
            event = parse_event_line(line.decode("utf-8", "replace"))
            if event is not None:
                self.events.append(event)

    def wait(self, name, timeout=30, since=0, **fields):
        """Waits until an event NAME whose fields include FIELDS is logged; returns its index."""
        deadline = time.monotonic() + timeout
        while True:
            self.poll()
            for i in range(since, len(self.events)):
                e = self.events[i]
                if e.get("event") == name and all(
                        e.get("fields", {}).get(k) == v for k, v in fields.items()):
                    return i
            if time.monotonic() > deadline:
                raise StepFailed(f"no event {name} {fields or ''} within {timeout} s")
            time.sleep(0.05)

    def mark(self):
        self.poll()
        return len(self.events)


def parse_event_line(line):
    """The JSON object at the end of a log line of the stats process, or None."""
    start = line.find('{"event":')
    if start < 0:
        return None
    try:
        value = json.loads(line[start:])
    except ValueError:
        return None
    return value if isinstance(value, dict) and "event" in value else None


# --- small protocol clients -----------------------------------------------------------------

class LineClient:
    """A line-based client for LMTP, quota-status and ManageSieve, which Python lacks or does
    not speak the way we need (LMTP's one reply per recipient after DATA)."""

    def __init__(self, port, timeout=30):
        self.sock = socket.create_connection((HOST, port), timeout=timeout)
        self.file = self.sock.makefile("rb")

    def send(self, text):
        self.sock.sendall(text.encode() if isinstance(text, str) else text)

    def line(self):
        data = self.file.readline()
        if not data:
            raise StepFailed("connection closed by the server")
        return data.decode("utf-8", "replace").rstrip("\r\n")

    def smtp_reply(self):
        lines = [self.line()]
        while len(lines[-1]) > 3 and lines[-1][3] == "-":
            lines.append(self.line())
        return int(lines[-1][:3]), "\n".join(lines)

    def close(self):
        try:
            self.file.close()
            self.sock.close()
        except OSError:
            pass


def message(subject, to="alice@eventref.test", sender="sender@remote.test", body=None, size=0):
    text = body or f"Hello, this is the {subject} message of the eventref workload.\r\n"
    if size > len(text):
        text += ("x" * 70 + "\r\n") * ((size - len(text)) // 72 + 1)
    return (f"From: <{sender}>\r\nTo: <{to}>\r\nSubject: {subject}\r\n"
            f"Date: {email.utils.formatdate(0)}\r\nMessage-ID: <{subject.replace(' ', '-')}.{to.split('@')[0]}@eventref.test>\r\n"
            f"\r\n{text}")


class Lmtp(LineClient):
    def __init__(self, port):
        super().__init__(port)
        self.expect(220)
        self.command("LHLO client.eventref.test", 250)

    def expect(self, code, reply=None):
        got, text = reply or self.smtp_reply()
        if got != code:
            raise StepFailed(f"LMTP: expected {code}, got {text}")
        return text

    def command(self, line, code):
        self.send(line + "\r\n")
        return self.expect(code)

    def deliver(self, sender, rcpts, msg):
        """Sends one message; rcpts maps each address to the RCPT code expected; returns the
        per-recipient DATA replies."""
        self.command(f"MAIL FROM:<{sender}>", 250)
        accepted = 0
        for rcpt, code in rcpts.items():
            self.command(f"RCPT TO:<{rcpt}>", code)
            accepted += code == 250
        if not accepted:
            self.command("RSET", 250)
            return []
        self.command("DATA", 354)
        data = msg.replace("\r\n.", "\r\n..")
        self.send(data + ("" if data.endswith("\r\n") else "\r\n") + ".\r\n")
        return [self.smtp_reply() for _ in range(accepted)]

    def quit(self):
        self.command("QUIT", 221)
        self.close()


# --- the run ------------------------------------------------------------------------------------

class Workload:
    def __init__(self, args):
        self.scratch = args.scratch
        self.base = args.base
        self.series = args.series
        self.chroot = args.chroot
        self.conf = os.path.join(self.scratch, "etc", "main.conf")
        self.events = EventLog(os.path.join(self.scratch, "log", "main.log"))
        self.backend_events = EventLog(os.path.join(self.scratch, "log", "backend.log"))

    def port(self, name):
        return self.base + PORTS[name]

    # steps --------------------------------------------------------------------------------
    def must(self, what, fn, *args, **kwargs):
        log("step:", what)
        try:
            return fn(*args, **kwargs)
        except StepFailed:
            raise
        except Exception as e:
            raise StepFailed(f"{what}: {type(e).__name__}: {e}") from e

    def must_fail(self, what, fn, *args, **kwargs):
        """A failure path: fn must raise, or return a (typ, ...) whose typ is not OK."""
        log("step (must fail):", what)
        try:
            result = fn(*args, **kwargs)
        except (imaplib.IMAP4.error, poplib.error_proto, StepFailed, OSError) as e:
            log("  failed as expected:", str(e)[:200])
            return
        if isinstance(result, tuple) and result and result[0] not in ("OK", b"OK"):
            log("  failed as expected:", str(result)[:200])
            return
        raise StepFailed(f"{what}: succeeded, but it must fail ({str(result)[:200]})")

    def doveadm(self, *args, ok=True, conf=None, stdin=None):
        cmd = ["doveadm", "-c", conf or self.conf] + list(args)
        if self.chroot:
            cmd = ["chroot", self.chroot] + cmd
        log("doveadm:", " ".join(args))
        p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=120)
        if ok and p.returncode != 0:
            raise StepFailed(f"doveadm {' '.join(args)} exited {p.returncode}: {p.stderr.strip()[:400]}")
        if not ok and p.returncode == 0:
            raise StepFailed(f"doveadm {' '.join(args)} succeeded, but it must fail")
        if p.stderr.strip():
            log("  stderr:", p.stderr.strip()[:300])
        return p.stdout

    def wait_port(self, name, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            try:
                socket.create_connection((HOST, self.port(name)), timeout=2).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise StepFailed(f"nothing listens on {HOST}:{self.port(name)} ({name}) after {timeout} s")
                time.sleep(0.1)

    def imap(self, user=None, password=PASSWORD, port="imap"):
        m = imaplib.IMAP4(HOST, self.port(port), timeout=30)
        if user:
            m.login(user, password)
        return m

    def lmtp(self):
        return Lmtp(self.port("lmtp"))

    # the scenarios ----------------------------------------------------------------------
    def run(self):
        self.smtp = SmtpSink(self.port("smtp_sink"))
        self.http = HttpSink(self.port("http_sink"))
        for server in (self.smtp, self.http):
            threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            for name in ("imap", "pop3", "lmtp", "submission", "managesieve", "backend_imap"):
                self.wait_port(name)
            self.wait_port("doveadm")
            scenarios = [self.imap_basics, self.imap_auth, self.lmtp_sieve, self.push, self.quota,
                         self.pop3, self.submission, self.managesieve, self.proxy, self.hibernate,
                         self.lda, self.fts, self.cache_and_index, self.doveadm_commands,
                         self.doveadm_server, self.quota_status]
            for scenario in scenarios:
                log("== scenario:", scenario.__name__)
                scenario()
        finally:
            self.smtp.shutdown()
            self.http.shutdown()
            self.smtp.server_close()
            self.http.server_close()
        self.events.poll()
        log(f"workload done: {len(self.events.events)} events in the main log so far")

    def imap_basics(self):
        m = self.imap()
        self.must("CAPABILITY before login", m.capability)
        self.must_fail("an unknown command", imap_raw, m, "XYZZY")
        self.must_fail("LOGIN with a wrong password", m.login, "alice", "wrong")
        self.must_fail("SELECT before login", imap_raw, m, "SELECT INBOX")
        self.must("LOGIN", m.login, "alice", PASSWORD)
        self.must("ID", imap_cmd, m, "ID", '("name" "eventref-workload")')
        self.must("ENABLE", m.enable, "CONDSTORE")
        self.must("NAMESPACE", m.namespace)
        self.must("LIST", m.list)
        self.must("LSUB", m.lsub)
        self.must("CREATE", ok, m.create("Work"))
        self.must_fail("CREATE an existing mailbox", m.create, "Work")
        self.must("SUBSCRIBE", ok, m.subscribe("Work"))
        for i in range(4):
            self.must(f"APPEND {i}", ok, m.append("INBOX", "", imaplib.Time2Internaldate(1700000000 + i),
                                                  message(f"appended {i}").encode()))
        self.must("STATUS", ok, m.status("INBOX", "(MESSAGES UNSEEN UIDNEXT)"))
        self.must("EXAMINE", ok, m.select("INBOX", readonly=True))
        self.must("SELECT", ok, m.select("INBOX"))
        self.must("FETCH", ok, m.fetch("1:*", "(FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[HEADER.FIELDS (SUBJECT FROM)])"))
        self.must("FETCH body", ok, m.fetch("1", "(BODY[])"))
        self.must("UID FETCH", ok, m.uid("FETCH", "1:*", "(UID FLAGS)"))
        self.must("STORE", ok, m.store("1", "+FLAGS", "(\\Seen \\Flagged)"))
        self.must("SEARCH", ok, m.search(None, "UNSEEN"))
        self.must("UID SEARCH", ok, m.uid("SEARCH", "SUBJECT", "appended"))
        self.must("COPY", ok, m.copy("1:2", "Work"))
        self.must("COPY to Junk (imapsieve)", ok, m.copy("2", "Junk"))
        self.must("MOVE", ok, m.uid("MOVE", "3", "Trash"))
        self.must_fail("COPY to a missing mailbox", m.copy, "1", "NoSuchMailbox")
        self.must("UID STORE \\Deleted", ok, m.uid("STORE", "4", "+FLAGS", "(\\Deleted)"))
        self.must("EXPUNGE", ok, m.expunge())
        self.must("CHECK", ok, m.check())
        self.must("NOOP", ok, m.noop())
        self.must("GETQUOTAROOT", ok, m.getquotaroot("INBOX"))
        self.must("GETQUOTA", ok, m.getquota('"User quota"'))
        self.must("SETMETADATA", imap_cmd, m, "SETMETADATA", "INBOX", '(/private/comment "eventref")')
        self.must("GETMETADATA", imap_cmd, m, "GETMETADATA", "INBOX", "(/private/comment)")
        self.must("RENAME", ok, m.rename("Work", "Projects"))
        self.must_fail("RENAME a missing mailbox", m.rename, "NoSuchMailbox", "Other")
        self.must("CLOSE", ok, m.close())
        self.must_fail("SELECT a missing mailbox", m.select, "NoSuchMailbox")
        self.must("CREATE Scratch", ok, m.create("Scratch"))
        self.must("DELETE", ok, m.delete("Scratch"))
        self.must_fail("DELETE a missing mailbox", m.delete, "NoSuchMailbox")
        self.must("SELECT Projects", ok, m.select("Projects"))
        self.must("UNSELECT", imap_cmd, m, "UNSELECT")
        self.must_fail("FETCH without a mailbox", imap_raw, m, "FETCH 1 FLAGS")
        self.must("LOGOUT", m.logout)
        # a client that disconnects without LOGOUT
        m = self.imap("alice")
        m.select("INBOX")
        m.shutdown()

    def imap_auth(self):
        m = self.imap()
        self.must("AUTHENTICATE PLAIN (with a challenge)", m.authenticate, "PLAIN",
                  lambda _: b"\0bob\0" + PASSWORD.encode())
        m.logout()
        m = self.imap()
        answers = iter([b"bob", PASSWORD.encode()])
        self.must("AUTHENTICATE LOGIN (two challenges)", m.authenticate, "LOGIN", lambda _: next(answers))
        m.logout()
        m = self.imap()
        self.must_fail("AUTHENTICATE PLAIN with a wrong password", m.authenticate, "PLAIN",
                       lambda _: b"\0bob\0wrong")
        self.must_fail("AUTHENTICATE with an unknown mechanism", m.authenticate, "NOSUCHMECH", lambda _: b"")
        self.must_fail("LOGIN of an unknown user", m.login, "nobody-here", PASSWORD)
        self.must_fail("LOGIN refused by the policy server", m.login, "blocked", PASSWORD)
        m.logout()
        m = self.imap("luauser")    # the Lua passdb and userdb
        self.must("LIST as the Lua user", ok, m.list())
        m.logout()
        m = self.imap("ALICE@EVENTREF.TEST")   # auth_username_format lowercases, drops the domain
        m.logout()

    def lmtp_sieve(self):
        c = self.lmtp()
        self.must_fail("an unknown LMTP command", c.command, "XYZZY", 250)
        for subject in ("plain", "fileinto", "fileinto-missing", "editheader", "discard", "report",
                        "notify", "reject", "redirect", "redirect-refused", "vacation"):
            replies = self.must(f"LMTP delivery to alice ({subject})", c.deliver, "sender@remote.test",
                                {"alice@eventref.test": 250}, message(subject))
            if replies[0][0] != 250:
                raise StepFailed(f"delivery ({subject}) was refused: {replies[0][1]}")
        self.must("LMTP to two users and a detail mailbox", c.deliver, "sender@remote.test",
                  {"bob@eventref.test": 250, "alice+Filed@eventref.test": 250}, message("two recipients"))
        self.must("LMTP to a user with a broken Sieve script", c.deliver, "sender@remote.test",
                  {"carol@eventref.test": 250}, message("broken sieve"))
        self.must("LMTP to an unknown user", c.deliver, "sender@remote.test",
                  {"nobody-here@eventref.test": 550}, message("unknown"))
        self.must("LMTP with a null sender", c.deliver, "", {"bob@eventref.test": 250}, message("bounce"))
        c.quit()
        # redirect, vacation, report, notify, reject: each one message through the sink; plus the
        # refused redirect, which the sink answers 550
        self.must("Sieve's messages reach the SMTP sink", self.smtp.wait_messages, 5)

    def push(self):
        m = self.imap("alice")
        self.must("SETMETADATA http-notify (alice)", imap_cmd, m, "SETMETADATA", '""',
                  '(/private/vendor/vendor.dovecot/http-notify "user=alice@eventref.test")')
        m.logout()
        for user in ("bob", "luauser", "carol"):
            m = self.imap(user)
            self.must(f"SETMETADATA http-notify ({user})", imap_cmd, m, "SETMETADATA", '""',
                      f'(/private/vendor/vendor.dovecot/http-notify "user={user}@eventref.test")')
            m.logout()
        before = len(self.http.requests)
        c = self.lmtp()
        self.must("LMTP delivery with a push notification", c.deliver, "sender@remote.test",
                  {"alice@eventref.test": 250}, message("push"))
        self.must("LMTP delivery whose push notification fails", c.deliver, "sender@remote.test",
                  {"bob@eventref.test": 250}, message("push failure"))
        self.must("LMTP delivery whose push notification is retried", c.deliver, "sender@remote.test",
                  {"luauser@eventref.test": 250}, message("push retry"))
        self.must("LMTP delivery whose push notification is redirected", c.deliver, "sender@remote.test",
                  {"carol@eventref.test": 250}, message("push redirect", to="carol@eventref.test"))
        c.quit()
        self.must("push notifications reach the HTTP sink", self.http.wait_requests, "/push", 5)
        if self.series == "2.4":
            self.must("the push client followed the redirect", self.http.wait_requests, "/push-moved", 1)
        log("http sink requests so far:", len(self.http.requests) - before)

    def quota(self):
        c = self.lmtp()
        self.must("LMTP delivery past 50% of dave's quota (quota-warning)", c.deliver, "sender@remote.test",
                  {"dave@eventref.test": 250}, message("half full", to="dave@eventref.test", size=600))
        replies = self.must("LMTP delivery over dave's quota", c.deliver, "sender@remote.test",
                            {"dave@eventref.test": 250}, message("too big", to="dave@eventref.test", size=4000))
        if replies[0][0] < 400:
            raise StepFailed(f"an over-quota delivery was accepted: {replies[0][1]}")
        c.quit()
        m = self.imap("dave")
        self.must_fail("APPEND over quota", m.append, "INBOX", "", None,
                       message("too big", to="dave@eventref.test", size=4000).encode())
        self.must("GETQUOTAROOT (dave)", ok, m.getquotaroot("INBOX"))
        m.logout()

    def pop3(self):
        p = poplib.POP3(HOST, self.port("pop3"), timeout=30)
        self.must("POP3 CAPA", p.capa)
        self.must_fail("POP3 unknown command", p._shortcmd, "XYZZY")
        p.user("alice")
        self.must_fail("POP3 PASS with a wrong password", p.pass_, "wrong")
        p.quit()
        p = poplib.POP3(HOST, self.port("pop3"), timeout=30)
        self.must("POP3 USER/PASS", lambda: (p.user("alice"), p.pass_(PASSWORD)))
        self.must("POP3 STAT", p.stat)
        self.must("POP3 LIST", p.list)
        self.must("POP3 UIDL", p.uidl)
        self.must("POP3 RETR", p.retr, 1)
        self.must("POP3 TOP", p.top, 1, 0)
        self.must("POP3 DELE", p.dele, 1)
        self.must("POP3 RSET", p.rset)
        self.must("POP3 NOOP", p.noop)
        self.must_fail("POP3 RETR of a missing message", p.retr, 9999)
        self.must("POP3 DELE then QUIT", lambda: (p.dele(2), p.quit()))
        p = poplib.POP3(HOST, self.port("pop3"), timeout=30)
        self.must_fail("POP3 login of an unknown user", lambda: (p.user("nobody-here"), p.pass_(PASSWORD)))
        p.quit()

    def submission(self):
        import smtplib
        s = smtplib.SMTP(HOST, self.port("submission"), timeout=30)
        s.ehlo("client.eventref.test")
        self.must_fail("MAIL before AUTH", lambda: expect_smtp(s.mail("alice@eventref.test"), 250))
        self.must_fail("AUTH with a wrong password", s.login, "alice", "wrong")
        s.quit()
        s = smtplib.SMTP(HOST, self.port("submission"), timeout=30)
        s.ehlo("client.eventref.test")
        self.must("AUTH", s.login, "alice", PASSWORD)
        self.must_fail("an unknown SMTP command", lambda: expect_smtp(s.docmd("XYZZY"), 250))
        self.must("NOOP", lambda: expect_smtp(s.noop(), 250))
        self.must("VRFY", s.verify, "bob@eventref.test")
        sent = len(self.smtp.messages)
        self.must("submission relayed to the sink", s.sendmail, "alice@eventref.test",
                  ["friend@remote.test", "other@remote.test"], message("submitted", to="friend@remote.test",
                                                                        sender="alice@eventref.test"))
        refused = None
        try:
            s.sendmail("alice@eventref.test", ["refuse-me@remote.test"], message("refused"))
        except smtplib.SMTPRecipientsRefused as e:
            refused = e
        if refused is None:
            raise StepFailed("the relay accepted a recipient it refuses")
        log("  refused as expected")
        self.must("RSET", s.rset)
        s.quit()
        self.must("the submitted message reached the sink", self.smtp.wait_messages, sent + 1)

    def managesieve(self):
        c = ManageSieve(self.port("managesieve"))
        self.must("ManageSieve CAPABILITY", c.ok, "CAPABILITY")
        self.must_fail("ManageSieve unknown command", c.ok, "XYZZY")
        self.must_fail("ManageSieve STARTTLS (no TLS)", c.ok, "STARTTLS")
        self.must_fail("ManageSieve AUTHENTICATE with a wrong password", c.ok,
                       f'AUTHENTICATE "PLAIN" "{b64("bob", "wrong")}"')
        self.must("ManageSieve AUTHENTICATE", c.ok, f'AUTHENTICATE "PLAIN" "{b64("bob", PASSWORD)}"')
        script = 'require "fileinto";\nif header :contains "subject" "x" { fileinto "INBOX"; }\n'
        self.must("HAVESPACE", c.ok, 'HAVESPACE "main" 1000')
        self.must_fail("HAVESPACE too big", c.ok, 'HAVESPACE "main" 100000000')
        self.must("CHECKSCRIPT", c.ok, literal("CHECKSCRIPT", script))
        self.must_fail("CHECKSCRIPT of a broken script", c.ok, literal("CHECKSCRIPT", "if {"))
        self.must("PUTSCRIPT", c.ok, literal('PUTSCRIPT "main"', script))
        self.must("PUTSCRIPT a second script", c.ok, literal('PUTSCRIPT "spare"', "keep;\n"))
        self.must_fail("PUTSCRIPT a broken script", c.ok, literal('PUTSCRIPT "broken"', "if {"))
        self.must("LISTSCRIPTS", c.ok, "LISTSCRIPTS")
        self.must("SETACTIVE", c.ok, 'SETACTIVE "main"')
        self.must("GETSCRIPT", c.ok, 'GETSCRIPT "main"')
        self.must_fail("GETSCRIPT of a missing script", c.ok, 'GETSCRIPT "missing"')
        self.must("RENAMESCRIPT", c.ok, 'RENAMESCRIPT "spare" "renamed"')
        self.must_fail("RENAMESCRIPT of a missing script", c.ok, 'RENAMESCRIPT "missing" "other"')
        self.must_fail("DELETESCRIPT of the active script", c.ok, 'DELETESCRIPT "main"')
        self.must("DELETESCRIPT", c.ok, 'DELETESCRIPT "renamed"')
        self.must("NOOP", c.ok, 'NOOP "tag"')
        self.must("SETACTIVE nothing", c.ok, 'SETACTIVE ""')
        self.must("DELETESCRIPT the former active one", c.ok, 'DELETESCRIPT "main"')
        if "UNAUTHENTICATE" in c.capabilities:
            self.must("UNAUTHENTICATE", c.ok, "UNAUTHENTICATE")
            self.must("AUTHENTICATE again", c.ok, f'AUTHENTICATE "PLAIN" "{b64("bob", PASSWORD)}"')
        self.must("LOGOUT", c.ok, "LOGOUT")
        c.close()

    def proxy(self):
        m = self.imap("proxied")
        self.must("IMAP through the login proxy", ok, m.select("INBOX"))
        m.logout()
        p = poplib.POP3(HOST, self.port("pop3"), timeout=30)
        self.must("POP3 through the login proxy", lambda: (p.user("proxied"), p.pass_(PASSWORD), p.stat()))
        p.quit()
        m = self.imap()
        self.must_fail("IMAP proxy to a backend that is down", m.login, "proxydead", PASSWORD)
        m.logout()
        self.must("the backend saw the proxied session",
                  self.backend_events.wait, "imap_command_finished", 30)

    def hibernate(self):
        # 1: new mail wakes the client; 2: DONE wakes it; 3: the client leaves while hibernated
        for how in ("new mail", "DONE", "disconnect"):
            m = self.imap("erin")
            m.select("INBOX")
            since = self.events.mark()
            tag = m._new_tag()
            m.send(tag + b" IDLE\r\n")
            if not m.readline().startswith(b"+"):
                raise StepFailed("IDLE was not accepted")
            self.must(f"hibernation ({how})", self.events.wait, "imap_client_hibernated", 30, since,
                      user="erin")
            if how == "disconnect":
                m.shutdown()
                continue
            if how == "new mail":
                c = self.lmtp()
                c.deliver("sender@remote.test", {"erin@eventref.test": 250}, message("wake up", to="erin@eventref.test"))
                c.quit()
                self.must("unhibernation by new mail", self.events.wait, "imap_client_unhibernated", 30,
                          since, user="erin")
                while b"EXISTS" not in m.readline():
                    pass
            m.send(b"DONE\r\n")
            while not m.readline().startswith(tag):
                pass
            self.must(f"unhibernation ({how})", self.events.wait, "imap_client_unhibernated", 30, since,
                      user="erin")
            m.logout()

    def lda(self):
        cmd = ["/usr/lib/dovecot/dovecot-lda", "-c", self.conf, "-d", "bob", "-f", "sender@remote.test"]
        if self.chroot:
            cmd = ["chroot", self.chroot] + cmd
        log("step: dovecot-lda delivery")
        p = subprocess.run(cmd, input=message("via lda", to="bob@eventref.test"), capture_output=True,
                           text=True, timeout=60)
        if p.returncode != 0:
            raise StepFailed(f"dovecot-lda exited {p.returncode}: {p.stderr.strip()}")
        cmd[cmd.index("bob")] = "nobody-here"
        p = subprocess.run(cmd, input=message("via lda"), capture_output=True, text=True, timeout=60)
        if p.returncode == 0:
            raise StepFailed("dovecot-lda delivered to an unknown user")
        log("  dovecot-lda to an unknown user failed as expected:", p.returncode)

    def fts(self):
        c = self.lmtp()
        self.must("LMTP delivery of a message with an attachment", c.deliver, "sender@remote.test",
                  {"alice@eventref.test": 250}, ATTACHMENT_MESSAGE)
        c.quit()
        m = self.imap("alice")
        m.select("INBOX")
        self.must("SEARCH BODY (full-text search)", ok, m.search(None, "BODY", "workload"))
        self.must("SEARCH TEXT", ok, m.search(None, "TEXT", "nothing-matches-this"))
        m.logout()
        m = self.imap("bob")
        self.must("APPEND to Junk (not indexed automatically)", ok,
                  m.append("Junk", "", None, message("to be indexed", to="bob@eventref.test").encode()))
        m.logout()
        since = self.events.mark()
        self.doveadm("index", "-u", "bob", "-q", "Junk")
        self.must("indexing by the indexer", self.events.wait, "indexer_worker_indexing_finished", 60, since,
                  user="bob", mailbox="Junk")
        if self.series == "2.3":
            self.must("the attachment went to Tika", self.http.wait_requests, "/tika/", 1)
        if self.series == "2.3":
            m = self.imap("erin")
            m.select("INBOX")
            self.must("SEARCH BODY through Solr", ok, m.search(None, "BODY", "workload"))
            m.logout()
            self.must("the Solr lookup followed the redirect", self.http.wait_requests, "/solr-moved/select", 1)
        self.doveadm("fts", "rescan", "-u", "alice")
        self.doveadm("index", "-u", "alice", "*")
        self.doveadm("fts", "lookup", "-u", "alice", "body", "workload")

    def cache_and_index(self):
        m = self.imap("carol")
        for i in range(6):
            m.append("INBOX", "", None, message(f"cached {i}", to="carol@eventref.test").encode())
        m.select("INBOX")
        fetch = "(BODY.PEEK[HEADER.FIELDS (SUBJECT FROM MESSAGE-ID)] INTERNALDATE RFC822.SIZE)"
        self.must("FETCH header fields (cache decisions)", ok, m.fetch("1:*", fetch))
        m.logout()
        m = self.imap("carol")
        m.select("INBOX")
        self.must("FETCH them again (cache lookups)", ok, m.fetch("1:*", fetch))
        self.must("FETCH BODYSTRUCTURE", ok, m.fetch("1:*", "(BODYSTRUCTURE)"))
        m.logout()
        self.doveadm("mailbox", "cache", "decision", "-u", "carol", "--fields", "hdr.message-id",
                     "--decision", "no", "INBOX")
        self.doveadm("mailbox", "cache", "purge", "-u", "carol", "INBOX")
        self.doveadm("mailbox", "cache", "remove", "-u", "carol", "mailbox", "INBOX", "uid", "1")
        maildir = os.path.join(self.scratch, "home", "carol", "Maildir")
        cache = os.path.join(maildir, "dovecot.index.cache")
        if not os.path.exists(cache):
            raise StepFailed(f"no cache file at {cache}")
        size = os.path.getsize(cache)
        with open(cache, "r+b") as f:     # damage the records in the second half of the file
            f.seek(size // 2)
            f.write(b"\xff" * (size - size // 2))
        log("step: damaged", cache)
        m = self.imap("carol")
        m.select("INBOX")
        m.fetch("1:*", fetch)
        m.logout()
        with open(cache, "r+b") as f:     # and now its header
            f.seek(8)
            f.write(b"\xee" * 16)
        log("step: damaged the header of", cache)
        m = self.imap("carol")
        m.select("INBOX")
        m.fetch("1:*", fetch)
        m.logout()
        # a message file that grew behind Dovecot's back: its cached size (S= in the file name)
        # no longer matches, so reading it marks the cache record corrupted
        cur = os.path.join(maildir, "cur")
        grown = sorted(n for n in os.listdir(cur) if ",S=" in n)[0]
        with open(os.path.join(cur, grown), "ab") as f:
            f.write(b"A line appended behind Dovecot's back.\r\n")
        log("step: grew", grown)
        m = self.imap("carol")
        m.select("INBOX")
        # the server reports the broken size and disconnects
        self.must_fail("FETCH of a message whose size changed", m.fetch, "1:*", "(BODY.PEEK[])")
        index = os.path.join(maildir, "dovecot.index")
        if os.path.exists(index):
            with open(index, "r+b") as f:
                f.seek(0)
                f.write(b"\x00" * 64)
            log("step: damaged", index)
        m = self.imap("carol")
        self.must("SELECT after the index damage", ok, m.select("INBOX"))
        m.fetch("1:*", "(FLAGS)")
        m.logout()
        self.doveadm("force-resync", "-u", "carol", "INBOX")
        self.doveadm("force-resync", "-u", "alice", "*")

    def doveadm_commands(self):
        d = self.doveadm
        d("user", "alice")
        d("user", "luauser")
        d("user", "nobody-here", ok=False)
        d("user", "*")
        d("auth", "test", "alice", PASSWORD)
        d("auth", "test", "alice", "wrong", ok=False)
        d("auth", "lookup", "alice")
        d("auth", "cache", "flush")
        d("auth", "cache", "flush", "alice")
        d("mailbox", "list", "-u", "alice")
        d("mailbox", "status", "-u", "alice", "all", "INBOX")
        d("mailbox", "status", "-u", "alice", "all", "NoSuchMailbox", ok=False)
        d("mailbox", "create", "-u", "alice", "Archive")
        d("mailbox", "rename", "-u", "alice", "Archive", "Archive2")
        d("mailbox", "delete", "-u", "alice", "Archive2")
        d("mailbox", "metadata", "set", "-u", "alice", "INBOX", "/private/comment", "from doveadm")
        d("mailbox", "metadata", "get", "-u", "alice", "INBOX", "/private/comment")
        d("fetch", "-u", "alice", "uid guid flags hdr.subject", "mailbox", "INBOX")
        d("search", "-u", "alice", "mailbox", "INBOX", "all")
        d("copy", "-u", "alice", "Projects", "mailbox", "INBOX", "all")
        d("move", "-u", "alice", "Trash", "mailbox", "Projects", "all")
        d("flags", "add", "-u", "alice", "\\Seen", "mailbox", "Trash", "all")
        d("expunge", "-u", "alice", "mailbox", "Trash", "all")
        d("quota", "get", "-u", "alice")
        d("quota", "recalc", "-u", "alice")
        d("sieve", "list", "-u", "alice")
        d("sieve", "get", "-u", "alice", "rules")
        d("sieve", "put", "-u", "bob", "-a", "fromdoveadm", stdin="keep;\n")
        d("sieve", "deactivate", "-u", "bob")
        d("sieve", "delete", "-u", "bob", "fromdoveadm")
        # the dicts: 2.3 names them by URI, 2.4 by the settings filter that configures them
        quota, lastlogin = (("proxy::quota", "proxy::lastlogin") if self.series == "2.3"
                            else ("quota_clone", "last_login"))
        d("dict", "set", "-u", "alice", quota, "priv/quota/messages", "7")
        d("dict", "get", "-u", "alice", quota, "priv/quota/messages")
        d("dict", "iter", "-u", "alice", quota, "priv/quota/", ok=False)   # not mapped as a prefix
        d("dict", "iter", "-u", "alice", lastlogin, "shared/last-login/")
        d("dict", "inc", "-u", "alice", quota, "priv/quota/messages", "1")
        d("dict", "unset", "-u", "alice", lastlogin, "shared/last-login/nobody")
        d("backup", "-u", "bob", "maildir:~/backup")
        d("who")
        d("stats", "dump")
        d("log", "errors")
        d("mailbox", "list", "-u", "nobody-here", ok=False)
        d("mailbox", "status", "-A", "messages", "INBOX")

    def doveadm_server(self):
        # the doveadm server over TCP, then its HTTP API (with a wrong key, then the right one)
        self.doveadm("mailbox", "list", "-u", "alice", "-S", f"{HOST}:{self.port('doveadm')}")
        self.doveadm("mailbox", "list", "-u", "nobody-here", "-S", f"{HOST}:{self.port('doveadm')}", ok=False)
        import urllib.request
        import urllib.error
        url = f"http://{HOST}:{self.port('doveadm_http')}/doveadm/v1"
        # one command a request: 2.3.19's doveadm server crashes on a second command as the same
        # user in one request. (A wrong API key is not tried: 2.3.19 answers it only after half a
        # minute.)
        commands = [["mailboxList", {"user": "alice"}, "c1"],
                    ["mailboxStatus", {"user": "alice", "field": ["messages"], "mailboxMask": ["INBOX"]}, "c2"],
                    ["mailboxStatus", {"user": "nobody-here", "field": ["messages"], "mailboxMask": ["INBOX"]}, "c3"]]
        requests = [(b'[["mailboxList", {"user": ', 400)] + [(json.dumps([c]).encode(), 200) for c in commands]
        for data, expect in requests:
            req = urllib.request.Request(url, data=data, method="POST", headers={
                "Content-Type": "application/json",
                "Authorization": "X-Dovecot-API " + base64.b64encode(b"eventref-api").decode()})
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    status = r.status
                    log("doveadm http:", r.read()[:300])
            except urllib.error.HTTPError as e:
                status = e.code
            if status != expect:
                raise StepFailed(f"doveadm HTTP API: status {status}, expected {expect}")
            log(f"step: doveadm HTTP API: {status}")
        with urllib.request.urlopen(urllib.request.Request(url, method="GET", headers={
                "Authorization": "X-Dovecot-API " + base64.b64encode(b"eventref-api").decode()}), timeout=30) as r:
            r.read()

    def quota_status(self):
        for rcpt, size in (("alice@eventref.test", 100), ("dave@eventref.test", 100000),
                           ("nobody-here@eventref.test", 10)):
            c = LineClient(self.port("quota_status"))
            c.send(f"request=smtpd_access_policy\nprotocol_state=RCPT\nrecipient={rcpt}\nsize={size}\n\n")
            answer = c.line()
            c.close()
            log(f"step: quota-status for {rcpt}: {answer}")
            if not answer.startswith("action="):
                raise StepFailed(f"quota-status answered {answer!r}")


class ManageSieve(LineClient):
    def __init__(self, port):
        super().__init__(port)
        self.capabilities = "\n".join(self.response()[1]).upper()

    def response(self):
        lines = []
        while True:
            line = self.line()
            word = line.split(" ", 1)[0].upper()
            if line.endswith("}") and "{" in line:
                n = int(line[line.rindex("{") + 1:-1].rstrip("+"))
                line += self.file.read(n).decode("utf-8", "replace") + self.line()
            lines.append(line)
            if word in ("OK", "NO", "BYE"):
                return word, lines

    def ok(self, command):
        self.send(command + "\r\n")
        word, lines = self.response()
        if word != "OK":
            raise StepFailed(f"ManageSieve {command.splitlines()[0]}: {lines[-1]}")
        return word, lines


def literal(command, text):
    return f"{command} {{{len(text.encode())}+}}\r\n{text}"


def b64(user, password):
    return base64.b64encode(f"\0{user}\0{password}".encode()).decode()


def ok(result):
    if result[0] != "OK":
        raise StepFailed(f"server answered {result}")
    return result


def expect_smtp(reply, code):
    if reply[0] != code:
        raise StepFailed(f"SMTP: expected {code}, got {reply}")
    return reply


def imap_raw(m, line):
    """Sends a command as it is, which imaplib would refuse to send; returns its status."""
    tag = m._new_tag()
    m.send(tag + b" " + line.encode() + b"\r\n")
    while True:
        reply = m.readline()
        if not reply:
            raise StepFailed(f"connection closed after {line}")
        if reply.startswith(tag + b" "):
            return reply.split(b" ")[1].decode(), reply

def imap_cmd(m, name, *args):
    imaplib.Commands.setdefault(name, ("AUTH", "SELECTED"))
    typ, data = m._simple_command(name, *args)
    if typ != "OK":
        raise StepFailed(f"{name}: {typ} {data}")
    return typ, data


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--scratch", required=True)
    p.add_argument("--base", type=int, required=True)
    r = sub.add_parser("run")
    r.add_argument("--scratch", required=True)
    r.add_argument("--base", type=int, required=True)
    r.add_argument("--series", required=True, choices=["2.3", "2.4"])
    r.add_argument("--chroot")
    args = ap.parse_args()
    if args.cmd == "prepare":
        prepare(args.scratch, args.base)
        return 0
    started = time.monotonic()
    try:
        Workload(args).run()
    except StepFailed as e:
        log("FAILED:", e)
        print(f"workload failed: {e}", file=sys.stderr)
        return 1
    except Exception as e:   # a server answer the workload did not expect, outside a step
        import traceback
        traceback.print_exc()
        print(f"workload failed: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    log(f"workload finished in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
