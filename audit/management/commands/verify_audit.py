from django.core.management.base import BaseCommand, CommandError

from audit.chain import verify


class Command(BaseCommand):
    help = "Walk the audit hash chain; report the first broken link or that it is whole."

    def handle(self, *args, **opts):
        ok, message = verify()
        if not ok:
            raise CommandError(f"Audit chain broken: {message}")
        self.stdout.write(message)
