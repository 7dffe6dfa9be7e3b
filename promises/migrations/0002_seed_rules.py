from django.db import migrations


def seed(apps, schema_editor):
    from promises.tagging import DEFAULT_RULES

    TriggerRule = apps.get_model("promises", "TriggerRule")
    TriggerRule.objects.bulk_create([
        TriggerRule(pattern=r.pattern, is_regex=r.is_regex, target=r.target, active=True,
                    note="Seed rule shipped with Deal desk")
        for r in DEFAULT_RULES
    ])


class Migration(migrations.Migration):
    dependencies = [("promises", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
