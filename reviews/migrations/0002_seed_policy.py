from datetime import time

from django.db import migrations


def seed(apps, schema_editor):
    DeadlinePolicy = apps.get_model("reviews", "DeadlinePolicy")
    BusinessCalendarConfig = apps.get_model("reviews", "BusinessCalendarConfig")
    for role in ("engineering", "security", "product"):
        DeadlinePolicy.objects.get_or_create(role=role, defaults={"policy": "hours_24"})
    if not BusinessCalendarConfig.objects.exists():
        BusinessCalendarConfig.objects.create(tz="UTC", working_days=[0, 1, 2, 3, 4],
                                              day_end=time(18, 0))


class Migration(migrations.Migration):
    dependencies = [("reviews", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
