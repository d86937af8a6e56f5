"""A real SMTP server on loopback for the test suite: every message received is written
to DIR as an .eml file. Usage: smtp_sink.py PORT DIR. Prints "ready" once listening."""
import sys
import time
import uuid
from pathlib import Path

from aiosmtpd.controller import Controller


class Store:
    def __init__(self, directory: Path):
        self.directory = directory

    async def handle_DATA(self, server, session, envelope):
        name = f"{time.time_ns()}-{uuid.uuid4().hex}.eml"
        tmp = self.directory / (name + ".part")
        tmp.write_bytes(envelope.original_content or envelope.content)
        tmp.rename(self.directory / name)
        return "250 Message accepted for delivery"


def main() -> None:
    port, directory = int(sys.argv[1]), Path(sys.argv[2])
    directory.mkdir(parents=True, exist_ok=True)
    controller = Controller(Store(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()  # until the test harness closes our stdin (or exits)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
