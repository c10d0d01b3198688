#!/usr/bin/env python3
"""A small HTTP(S) responder for the client tests: it answers every request the way MODE says.

    responder.py MODE [--tls CERT KEY] [--bind ADDRESS]

Prints the port it listens on (a free loopback port), then serves until killed.
"""
import json
import socket
import struct
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODE = sys.argv[1]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.answer()

    do_POST = do_PATCH = do_DELETE = do_GET

    def send(self, status, content_type, body, extra_headers=()):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in extra_headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if MODE == "echo":
            echo = {"method": self.command, "path": self.path, "headers": dict(self.headers.items()),
                    "body": body.decode("utf-8")}
            self.send(200, "application/json", json.dumps(echo).encode())
        elif MODE == "health":
            self.send(200, "application/json; charset=utf-8", b'{"status":"ok","version":"0.1.0"}')
        elif MODE == "malformed":
            self.send(200, "application/json", b'{"status": "ok", "version": ')
        elif MODE == "huge":
            # No Content-Length: the client only learns the size while reading.
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"x" * 65536
            try:
                for _ in range(64):
                    self.wfile.write(chunk)
            except OSError:
                pass
            self.close_connection = True
        elif MODE == "slow":
            time.sleep(5)
            self.send(200, "application/json", b'{"status":"ok","version":"0.1.0"}')
        elif MODE == "error500":
            self.send(500, "text/html", b"<h1>Internal Server Error</h1>")
        elif MODE == "wrong-type":
            self.send(200, "text/html", b"<html>Welcome to nginx!</html>")
        elif MODE == "rate-limited":
            error = {"error": {"code": "rate_limited", "message": "Slow down", "attempts_left": 2}}
            self.send(429, "application/json", json.dumps(error).encode(), [("Retry-After", "90")])
        elif MODE == "reset":
            # SO_LINGER with a zero timeout makes close() send a TCP reset.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
        else:
            self.send(400, "text/plain", b"unknown mode")


def main():
    bind = "127.0.0.1"
    if "--bind" in sys.argv:
        bind = sys.argv[sys.argv.index("--bind") + 1]
    server = ThreadingHTTPServer((bind, 0), Handler)
    server.daemon_threads = True
    if "--tls" in sys.argv:
        import ssl
        index = sys.argv.index("--tls")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[index + 1], sys.argv[index + 2])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
