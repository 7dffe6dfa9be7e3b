from django.apps import AppConfig


class DealdeskConfig(AppConfig):
    name = "dealdesk"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from dealdesk import history

        history.install()
