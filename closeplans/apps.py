from django.apps import AppConfig


class CloseplansConfig(AppConfig):
    name = "closeplans"
    default_auto_field = "django.db.models.BigAutoField"
