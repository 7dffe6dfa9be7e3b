from django.core.management.base import BaseCommand

from promises.services.rules_sync import rules_sync_shipped


class Command(BaseCommand):
    help = (
        "After an upgrade: add the trigger rules shipped with this release that the "
        "database lacks, and switch off untouched seed rules it no longer ships. Rules "
        "the lead added, edited, switched off or deleted are left as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="only count the changes")

    def handle(self, *args, **opts):
        counts = rules_sync_shipped(dry_run=opts["dry_run"])
        verb = "would add" if opts["dry_run"] else "added"
        self.stdout.write(
            f"{verb} {counts['added']} shipped rules, "
            f"{'would switch' if opts['dry_run'] else 'switched'} off {counts['retired']} "
            f"seed rules no longer shipped; {counts['kept']} rules were already here"
        )
